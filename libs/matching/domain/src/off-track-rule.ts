import type { RiasecType } from '@passerelle/shared/contracts';
import type { Occupation } from './catalogue';
import type { QualificationLevel } from './qualification-level';
import type { Proximity } from './ranking-profile';
import type { SkillSpace } from './skill-space';

/**
 * A skill listed by at most this many occupations is specific to a trade (0.8 % of ROME's 1,584);
 * "Assurer la propreté de la zone de travail" (23) and "Avoir l'esprit d'équipe" (794) are not.
 */
export const SPECIFIC_SKILL_MAX_OCCUPATIONS = 13;
/** An off-track suggestion rests on at least this many specific skills shared, or on the person's interests. */
export const SPECIFIC_SKILLS_FOR_OFF_TRACK = 2;

/** An off-track suggestion that rests on interests alone comes after those that rest on skills too. */
export const INTEREST_ONLY_FACTOR = 0.85;

/** A step down of this many levels or more is not suggested unless the person asked for it. */
export const LARGE_STEP_DOWN = 2;
/**
 * Interests "call for" a job when they fit at least this well (`interestFit`, 0 to 1) and the
 * job's main interest is one of the person's two strongest.
 */
export const INTERESTS_CALL_FOR = 0.7;

/** What the off-track rule looks at for one person and one target. */
export interface OffTrackCase {
  proximity: Proximity;
  /** The person's former occupation is known (off-track means "away from it"). */
  hasFormerOccupation: boolean;
  personLevel: QualificationLevel | null;
  target: Pick<Occupation, 'entryLevel' | 'riasecMajor'>;
  /** Shared skills that few occupations list (see SPECIFIC_SKILL_MAX_OCCUPATIONS). */
  specificSkillsShared: number;
  interests: { fit: number | null; holland: readonly RiasecType[] };
  acceptsStepDown: boolean;
  /**
   * The learned model ranks the target among the former occupation's `WELL_TRODDEN_RANK` best:
   * people of occupations like theirs often move there. False (or absent) without a model.
   */
  wellTrodden?: boolean;
}

/**
 * The rule for off-track suggestions (docs/matching.md). Away from the person's trade, a
 * suggestion must rest on something specific to them: two or more specific skills shared, or
 * interests that call for it (fit of 0.7 or more, the job's main interest among their two
 * strongest) and at least one specific skill shared. A job asking no qualification is never an
 * off-track suggestion for a skilled person (whose former occupation asks for one) unless their
 * interests call for it or they said they would take a step down. Skills many jobs list ("Assurer
 * la propreté de la zone de travail") never carry an off-track suggestion.
 * A well-trodden target (the learned model, trained on real moves, ranks it among the former
 * occupation's best) may rest on that instead of specific skills; the rest of the rule holds.
 */
export function breaksOffTrackRule(item: OffTrackCase): boolean {
  if (item.proximity !== 'off_track' || !item.hasFormerOccupation) return false;
  const { fit, holland } = item.interests;
  const major = item.target.riasecMajor;
  const called =
    fit !== null && fit >= INTERESTS_CALL_FOR && major !== null && holland.slice(0, 2).includes(major);
  const trodden = item.wellTrodden ?? false;
  if (called) return item.specificSkillsShared < 1 && !trodden;
  const skilled = item.personLevel !== null && item.personLevel >= 3;
  if (skilled && item.target.entryLevel === 2 && !item.acceptsStepDown) return true;
  return item.specificSkillsShared < SPECIFIC_SKILLS_FOR_OFF_TRACK && !trodden;
}

/** A skill specific to a trade: listed by few occupations and not general by ROME's category. */
export function isSpecificSkill(code: string, skills: SkillSpace): boolean {
  return !skills.isGeneral(code) && skills.occupationCount(code) <= SPECIFIC_SKILL_MAX_OCCUPATIONS;
}

/** How many of the shared skills are specific to a trade. */
export function specificSkillsShared(
  have: ReadonlySet<string>,
  target: ReadonlySet<string>,
  skills: SkillSpace,
): number {
  let count = 0;
  for (const code of target) if (have.has(code) && isSpecificSkill(code, skills)) count++;
  return count;
}

/**
 * The best `limit` of a list sorted by score, with at least `minOffTrack` off-track ones when any
 * score: the weakest close ones make room for them (never the person's own occupation).
 */
export function keepOffTrack<T extends { proximity: Proximity; score: number }>(
  sorted: T[],
  limit: number,
  minOffTrack: number,
): T[] {
  const top = sorted.slice(0, limit);
  const offTrackInTop = top.filter((item) => item.proximity === 'off_track').length;
  if (offTrackInTop >= minOffTrack) return top;
  const extra = sorted
    .slice(limit)
    .filter((item) => item.proximity === 'off_track' && item.score > 0)
    .slice(0, minOffTrack - offTrackInTop);
  if (extra.length === 0) return top;
  // Drop the weakest non-off-track results to make room, keep the order by score.
  const keep = [...top];
  for (let i = keep.length - 1, dropped = 0; i >= 0 && dropped < extra.length; i--) {
    if (keep[i].proximity !== 'off_track' && keep[i].proximity !== 'same') {
      keep.splice(i, 1);
      dropped++;
    }
  }
  return [...keep, ...extra.slice(0, limit - keep.length)].sort((a, b) => b.score - a.score);
}
