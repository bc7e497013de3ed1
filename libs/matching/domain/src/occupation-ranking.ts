import { compareCodes } from './seeded-random';
import type { RiasecType, Track } from '@passerelle/shared/contracts';
import type { LabourDemand, Occupation, OccupationCatalogue } from './catalogue';
import type { QualificationLevel } from './qualification-level';
import { explainSuggestion, type ExplanationFacts, type Language } from './recommendation-explanation';
import { neighbourMobility } from './neighbour-mobility';
import {
  learnedMobility,
  modelFits,
  pairHolders,
  type MobilityModel,
  type PairFeatureInputs,
} from './learned-mobility';
import { demandScale } from './labour-demand';
import { interestFit, occupationHollandCode } from './riasec';
import { SkillVectorSpace, type SkillSpace, type SkillVector } from './skill-space';

export type Proximity = 'same' | 'close' | 'off_track';

/** What matching knows of a person: codes and scores only, no identity. */
export interface CandidateProfile {
  formerOccupationCode: string | null;
  track: Track | null;
  hollandCode: readonly RiasecType[];
  /** Self-rated skills from the inventory, 1 (not at all) to 5 (expert). */
  ratedSkills: readonly { skillCode: string; rating: number }[];
  /** The person said they would take a job asking for less qualification than theirs. */
  acceptsStepDown?: boolean;
}

export interface RankingComponents {
  skills: number;
  mobility: number;
  interests: number | null;
  demand: number | null;
  /** 1 at the person's level, less for each step up (training), much less for each step down. */
  level: number | null;
}

export type RankingConstraint = 'regulated' | 'executive' | 'training' | 'step_down';

export interface OccupationRecommendation {
  occupationCode: string;
  label: string;
  rank: number;
  score: number;
  proximity: Proximity;
  components: RankingComponents;
  sharedSkillCodes: string[];
  /** The skill gap: what the target asks that the person does not show, most telling first. */
  missingSkillCodes: string[];
  mobilityOrder: number | null;
  demand: LabourDemand | null;
  constraints: RankingConstraint[];
  /** Target entry level minus the person's (from their former occupation); null when either is unknown. */
  levelStep: number | null;
  /** In French (the person's file) and in English. */
  explanation: string;
  explanationEn: string;
}

export interface RankingContext {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
  /** Local (or national) recruitment projects for an occupation; null when unknown. */
  demandFor: (occupationCode: string) => LabourDemand | null;
  /** Projects at which demand counts as full (e.g. the 90th percentile of occupations). */
  demandScale: number;
  /**
   * The learned mobility (issue 19, docs/decisions/0053-learned-mobility-ranking.md): the shipped
   * model and the national demand its features read. Without it, or with a model whose features
   * are not this code's, a target no ROME link names gets the neighbours' score as before.
   */
  mobility?: LearnedMobilitySource;
}

export interface LearnedMobilitySource {
  model: MobilityModel;
  /** National demand (the same for every person): the model scores a pair of occupations. */
  nationalDemand: ReadonlyMap<string, LabourDemand>;
  /** `LEARNED_MOBILITY_FACTOR` unless given (the evaluation tries others on half A). */
  factor?: number;
  /** `WELL_TRODDEN_RANK` unless given (the evaluation tries others on half A; 0 turns it off). */
  wellTroddenRank?: number;
}

type Weights = Record<keyof RankingComponents, number>;

/**
 * How much each signal counts, by track: retraining leans on interests, re-employment on demand.
 * The level weighs 0.1 everywhere (on top of the rules that keep large steps down out).
 */
export const TRACK_WEIGHTS: Record<Track | 'unknown', Weights> = {
  direct_reemployment: { skills: 0.45, mobility: 0.2, interests: 0.1, demand: 0.25, level: 0.1 },
  retraining: { skills: 0.35, mobility: 0.15, interests: 0.3, demand: 0.2, level: 0.1 },
  business_creation: { skills: 0.45, mobility: 0.15, interests: 0.25, demand: 0.15, level: 0.1 },
  retirement_transition: { skills: 0.5, mobility: 0.2, interests: 0.2, demand: 0.1, level: 0.1 },
  unknown: { skills: 0.45, mobility: 0.2, interests: 0.2, demand: 0.15, level: 0.1 },
};

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

/** Level fit: 1 at the same level, -0.1 a step up (training to plan), -0.3 a step down. */
export function levelFit(step: number | null): number | null {
  if (step === null) return null;
  return step >= 0 ? Math.max(0.4, 1 - 0.1 * step) : Math.max(0, 1 + 0.3 * step);
}

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

const REGULATED_FACTOR = 0.85;
const EMPTY_VECTOR: SkillVector = { ids: new Int32Array(0), total: 0 };
const EXECUTIVE_FACTOR = 0.9;
const HELD_RATING = 3;

/** The skills a person shows: their former occupation's, plus those self-rated 3+, minus those rated 1-2. */
export function personSkills(profile: CandidateProfile, catalogue: OccupationCatalogue): Set<string> {
  const skills = new Set<string>(
    profile.formerOccupationCode ? (catalogue.skillSets.get(profile.formerOccupationCode) ?? []) : [],
  );
  for (const { skillCode, rating } of profile.ratedSkills) {
    if (rating >= HELD_RATING) skills.add(skillCode);
    else skills.delete(skillCode);
  }
  return skills;
}

/** Same occupation, close (a ROME mobility link or the same professional domain), or off-track. */
export function classify(
  formerCode: string | null,
  target: Occupation,
  mobilityOrder: number | null,
): Proximity {
  if (!formerCode) return 'off_track';
  if (formerCode === target.code) return 'same';
  if (mobilityOrder !== null || formerCode.slice(0, 3) === target.domainCode) return 'close';
  return 'off_track';
}

/** A mobility link counts most when ROME lists it first; 10 suggestions per occupation is typical. */
export function mobilityScore(order: number | null, same: boolean): number {
  if (same) return 1;
  if (order === null) return 0;
  return Math.max(0.5, 1 - (order - 1) * 0.05);
}

/** log-scaled so that 50 projects is not worth ten times 5: the difference matters less at the top. */
export function demandScore(demand: LabourDemand | null, scale: number): number | null {
  if (!demand) return null;
  return Math.min(1, Math.log1p(demand.projects) / Math.log1p(Math.max(1, scale)));
}

const vectorCache = new WeakMap<
  OccupationCatalogue,
  {
    space: SkillVectorSpace;
    vectors: Map<string, SkillVector>;
    /** `neighbourMobility` per former occupation, computed on first use. */
    neighbours: Map<string, Map<string, number>>;
    /** Each occupation's skills specific to a trade (`isSpecificSkill`), for the off-track rule. */
    specific: Map<string, readonly string[]>;
    /** `learnedMobility` per model and former occupation, computed on first use. */
    learned: WeakMap<MobilityModel, Map<string, Map<string, number>>>;
    holders: Map<string, string[]> | null;
  }
>();

/**
 * A target no ROME link names, but that the occupations closest to the former one lead to
 * (`neighbourMobility`), gets this share of its neighbour score as its mobility: at most 0.4,
 * under any direct link (0.5-1). Measured in `eval:recommendations` (docs/matching.md).
 */
export const NEIGHBOUR_MOBILITY_FACTOR = 0.4;

/**
 * With the learned model, a target no ROME link names gets this share of its learned score (the
 * model's probability of a link, the former occupation's best candidate at 1) as its mobility, in
 * place of 0.4 x the neighbours' score: the model's best candidate counts as ROME's first link.
 * Chosen on half A of the occupations among 0.4, 0.5, 0.7 and 1 (the product's recall@10 0.310,
 * 0.319, 0.332, 0.345), confirmed on half B (`eval:recommendations`, docs/matching.md).
 */
export const LEARNED_MOBILITY_FACTOR = 1;

/**
 * With the learned model, an off-track target it ranks among the former occupation's this many
 * best candidates (of 300) is "well trodden": people of occupations like the person's often move
 * there, so it may be suggested without specific skills shared (`breaksOffTrackRule`). Chosen on
 * half A of the occupations among 10, 20 and 40 (the product's recall@10 0.3774, 0.3775, 0.3774;
 * MRR 0.7468, 0.7467, 0.7466: a tie, the fewest kept), confirmed on half B (`eval:recommendations`,
 * docs/matching.md).
 */
export const WELL_TRODDEN_RANK = 10;

/** The `rank` best-scored targets of a former occupation's learned mobility. */
export function bestLearned(learned: ReadonlyMap<string, number>, rank: number): Set<string> {
  return new Set(
    [...learned]
      .sort(([a, x], [b, y]) => y - x || compareCodes(a, b))
      .slice(0, rank)
      .map(([code]) => code),
  );
}

const bestLearnedCache = new WeakMap<ReadonlyMap<string, number>, Map<number, ReadonlySet<string>>>();

/** `bestLearned` once per former occupation's learned scores (cached with them), not per person. */
function cachedBestLearned(learned: ReadonlyMap<string, number>, rank: number): ReadonlySet<string> {
  const byRank = bestLearnedCache.get(learned) ?? new Map<number, ReadonlySet<string>>();
  bestLearnedCache.set(learned, byRank);
  let best = byRank.get(rank);
  if (!best) {
    best = bestLearned(learned, rank);
    byRank.set(rank, best);
  }
  return best;
}

/** Occupation skill sets encoded once per catalogue, so ranking a person is 1,584 array merges. */
function encodedCatalogue(catalogue: OccupationCatalogue, skills: SkillSpace) {
  let cached = vectorCache.get(catalogue);
  if (!cached) {
    const space = new SkillVectorSpace(skills);
    const vectors = new Map<string, SkillVector>();
    for (const [code, set] of catalogue.skillSets) vectors.set(code, space.encode(set));
    const specific = new Map<string, readonly string[]>();
    for (const [code, set] of catalogue.skillSets)
      specific.set(
        code,
        [...set].filter((skill) => isSpecificSkill(skill, skills)),
      );
    cached = { space, vectors, neighbours: new Map(), specific, learned: new WeakMap(), holders: null };
    vectorCache.set(catalogue, cached);
  }
  return cached;
}

/** `neighbourMobility` of a former occupation, once per catalogue. */
function cachedNeighbours(catalogue: OccupationCatalogue, skills: SkillSpace, code: string) {
  const cache = encodedCatalogue(catalogue, skills);
  let found = cache.neighbours.get(code);
  if (!found) {
    found = neighbourMobility(catalogue, cache.space, cache.vectors, code);
    cache.neighbours.set(code, found);
  }
  return found;
}

/**
 * What the learned model's pair features read, built from the ranking's own cache (the same
 * encoded skills and neighbours): the product and `train:mobility-model` compute them alike.
 */
export function pairFeatureInputs(
  catalogue: OccupationCatalogue,
  skills: SkillSpace,
  nationalDemand: ReadonlyMap<string, LabourDemand>,
): PairFeatureInputs {
  const cache = encodedCatalogue(catalogue, skills);
  cache.holders ??= pairHolders(catalogue);
  return {
    catalogue,
    skills,
    space: cache.space,
    vectors: cache.vectors,
    neighbours: (code) => cachedNeighbours(catalogue, skills, code),
    holders: cache.holders,
    demandFor: (code) => nationalDemand.get(code) ?? null,
    demandScale: demandScale(nationalDemand),
    levelFit,
    demandScore,
    isSpecificSkill,
  };
}

/**
 * The learned mobility of a former occupation, once per catalogue and model (300 candidates, 400
 * trees: about 120,000 node visits), or null when the model does not fit this code.
 */
function cachedLearned(
  catalogue: OccupationCatalogue,
  skills: SkillSpace,
  source: LearnedMobilitySource,
  code: string,
): ReadonlyMap<string, number> | null {
  if (!modelFits(source.model)) return null;
  const cache = encodedCatalogue(catalogue, skills);
  let byFormer = cache.learned.get(source.model);
  if (!byFormer) {
    byFormer = new Map();
    cache.learned.set(source.model, byFormer);
  }
  let found = byFormer.get(code);
  if (!found) {
    found = learnedMobility(source.model, pairFeatureInputs(catalogue, skills, source.nationalDemand), code);
    byFormer.set(code, found);
  }
  return found;
}

/**
 * Ranks every occupation for a person. Returns the best `limit`, keeping at least `minOffTrack`
 * off-track ones when any score: the doors the person and the coach would not have thought of.
 */
export function rankOccupations(
  profile: CandidateProfile,
  context: RankingContext,
  options: { limit?: number; minOffTrack?: number } = {},
): OccupationRecommendation[] {
  return occupationRanker(profile, context, options)(context);
}

/**
 * `rankOccupations` in two steps, for people who share a profile but not an area (a batch of
 * enrolments): what depends on the person only (skills, mobility, interests, level, the off-track
 * rule) is worked out once; the function it returns ranks with an area's demand. The same result as
 * `rankOccupations` with that demand (which is this, in one go).
 */
export function occupationRanker(
  profile: CandidateProfile,
  reference: Pick<RankingContext, 'catalogue' | 'skills' | 'mobility'>,
  options: { limit?: number; minOffTrack?: number } = {},
): (demand: Pick<RankingContext, 'demandFor' | 'demandScale'>) => OccupationRecommendation[] {
  const { limit = 20, minOffTrack = 5 } = options;
  const { catalogue, skills } = reference;
  const have = personSkills(profile, catalogue);
  if (have.size === 0 && profile.hollandCode.length === 0) return () => [];
  const { space, vectors } = encodedCatalogue(catalogue, skills);
  const haveVector = space.encode(have);
  const former = profile.formerOccupationCode
    ? catalogue.byCode.get(profile.formerOccupationCode)
    : undefined;
  const weights = TRACK_WEIGHTS[profile.track ?? 'unknown'];
  const cache = encodedCatalogue(catalogue, skills);
  const neighbours: ReadonlyMap<string, number> = former
    ? cachedNeighbours(catalogue, skills, former.code)
    : new Map();
  const learned =
    former && reference.mobility ? cachedLearned(catalogue, skills, reference.mobility, former.code) : null;
  // Where no ROME link names the target: the learned score, or the neighbours' without the model.
  const learnedFactor = reference.mobility?.factor ?? LEARNED_MOBILITY_FACTOR;
  const indirect = (code: string) =>
    learned
      ? learnedFactor * (learned.get(code) ?? 0)
      : NEIGHBOUR_MOBILITY_FACTOR * (neighbours.get(code) ?? 0);
  const trodden: ReadonlySet<string> = learned
    ? cachedBestLearned(learned, reference.mobility?.wellTroddenRank ?? WELL_TRODDEN_RANK)
    : new Set();
  const personLevel = former?.entryLevel ?? null;
  const acceptsStepDown = profile.acceptsStepDown ?? false;

  type Scored = Omit<
    OccupationRecommendation,
    'rank' | 'explanation' | 'explanationEn' | 'sharedSkillCodes' | 'missingSkillCodes'
  >;
  /** A target as the person alone places it; its demand and score come with the area. */
  type Placed = Omit<Scored, 'score' | 'demand' | 'components'> & {
    components: Omit<RankingComponents, 'demand'>;
    factor: number;
  };
  const placed: Placed[] = [];
  for (const target of catalogue.byCode.values()) {
    const targetVector = vectors.get(target.code) ?? EMPTY_VECTOR;
    const same = former?.code === target.code;
    const order = former ? catalogue.mobilityOrder(former.code, target.code) : null;
    const levelStep =
      same || personLevel === null || target.entryLevel == null ? null : target.entryLevel - personLevel;
    if (levelStep !== null && levelStep <= -LARGE_STEP_DOWN && !acceptsStepDown) continue;
    const proximity = classify(former?.code ?? null, target, order);
    const components = {
      skills: skillFit(space.sharedWeight(haveVector, targetVector), haveVector.total, targetVector.total),
      mobility: mobilityScore(order, same) || indirect(target.code),
      interests: interestFit(profile.hollandCode, {
        major: target.riasecMajor,
        minor: target.riasecMinor,
      }),
      level: levelFit(levelStep),
    };
    let factor = 1;
    if (proximity === 'off_track' && former) {
      // specificSkillsShared(have, target's skills), the target's specific skills listed once per catalogue.
      let specific = 0;
      for (const code of cache.specific.get(target.code) ?? []) if (have.has(code)) specific++;
      const rule: OffTrackCase = {
        proximity,
        hasFormerOccupation: true,
        personLevel,
        target,
        specificSkillsShared: specific,
        interests: { fit: components.interests, holland: profile.hollandCode },
        acceptsStepDown,
        wellTrodden: trodden.has(target.code),
      };
      if (breaksOffTrackRule(rule)) continue;
      if (specific < SPECIFIC_SKILLS_FOR_OFF_TRACK) factor *= INTEREST_ONLY_FACTOR;
    }
    const constraints: RankingConstraint[] = [];
    if (!same && target.regulated) {
      constraints.push('regulated');
      factor *= REGULATED_FACTOR;
    }
    if (!same && target.executive && former && !former.executive) {
      constraints.push('executive');
      factor *= EXECUTIVE_FACTOR;
    }
    if (levelStep !== null && levelStep > 0) constraints.push('training');
    if (levelStep !== null && levelStep < 0 && acceptsStepDown) constraints.push('step_down');
    placed.push({
      occupationCode: target.code,
      label: target.label,
      proximity,
      components,
      factor,
      levelStep,
      mobilityOrder: order,
      constraints,
    });
  }
  return (area) => {
    const context: RankingContext = { catalogue, skills, mobility: reference.mobility, ...area };
    const scored: Scored[] = placed.map(({ factor, components: personal, ...item }) => {
      const demand = area.demandFor(item.occupationCode);
      const components: RankingComponents = {
        skills: personal.skills,
        mobility: personal.mobility,
        interests: personal.interests,
        demand: demandScore(demand, area.demandScale),
        level: personal.level,
      };
      return {
        occupationCode: item.occupationCode,
        label: item.label,
        score: round(weightedScore(components, weights) * factor),
        proximity: item.proximity,
        components,
        levelStep: item.levelStep,
        mobilityOrder: item.mobilityOrder,
        demand,
        constraints: item.constraints,
      };
    });
    return rankScored(scored, context);
  };

  function rankScored(scored: Scored[], context: RankingContext): OccupationRecommendation[] {
    scored.sort((a, b) => b.score - a.score || compareCodes(a.occupationCode, b.occupationCode));
    return keepOffTrack(scored, limit, minOffTrack).map((item, index) => {
      // The skill lists are only worth building for what is shown.
      const shared: string[] = [];
      const missing: string[] = [];
      for (const code of catalogue.skillSets.get(item.occupationCode) ?? [])
        (have.has(code) ? shared : missing).push(code);
      const full = {
        ...item,
        sharedSkillCodes: skills.byWeight(shared),
        missingSkillCodes: skills.byWeight(missing),
      };
      return {
        ...full,
        rank: index + 1,
        explanation: explainRecommendation(full, profile, context, 'fr', neighbours, trodden),
        explanationEn: explainRecommendation(full, profile, context, 'en', neighbours, trodden),
      };
    });
  }
}

/** Jaccard rewards a similar job; coverage rewards a job whose skills the person already has. */
export function skillFit(shared: number, haveWeight: number, targetWeight: number): number {
  if (shared === 0) return 0;
  const jaccard = shared / (haveWeight + targetWeight - shared);
  const coverage = shared / targetWeight;
  return (jaccard + coverage) / 2;
}

function weightedScore(components: RankingComponents, weights: Weights): number {
  let total = 0;
  let weightSum = 0;
  for (const key of ['skills', 'mobility', 'interests', 'demand', 'level'] as const) {
    const value = components[key];
    if (value === null) continue;
    total += value * weights[key];
    weightSum += weights[key];
  }
  return weightSum > 0 ? total / weightSum : 0;
}

function keepOffTrack<T extends { proximity: Proximity; score: number }>(
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

/** A few sentences a person understands, in French or English: no codes, no jargon. */
export function explainRecommendation(
  item: Omit<OccupationRecommendation, 'rank' | 'explanation' | 'explanationEn'>,
  profile: CandidateProfile,
  context: RankingContext,
  language: Language = 'fr',
  /**
   * The former occupation's `neighbourMobility`: "people in jobs close to yours move there" is said
   * only where the neighbours lead (the learned score may lift a target they do not). Without it,
   * any mobility without a link of the person's own occupation comes from the neighbours.
   */
  neighbours?: ReadonlyMap<string, number>,
  /** The well-trodden targets (`WELL_TRODDEN_RANK`): "people who did a job like yours moved there". */
  trodden?: ReadonlySet<string>,
): string {
  const { catalogue } = context;
  const occupation = catalogue.byCode.get(item.occupationCode);
  const former = profile.formerOccupationCode
    ? catalogue.byCode.get(profile.formerOccupationCode)
    : undefined;
  const facts: ExplanationFacts = {
    proximity: item.proximity,
    label: item.label,
    sharedSkillCodes: item.sharedSkillCodes,
    specificSharedSkillCodes: item.sharedSkillCodes.filter((code) => isSpecificSkill(code, context.skills)),
    missingSkillCodes: item.missingSkillCodes,
    usualStepFrom: item.mobilityOrder !== null && former ? former.label : null,
    stepFromNeighbours:
      item.mobilityOrder === null &&
      item.proximity !== 'same' &&
      (neighbours ? (neighbours.get(item.occupationCode) ?? 0) > 0 : item.components.mobility > 0),
    // Said where it may carry the suggestion: off-track (close ones keep their words).
    movedIntoOften: item.proximity === 'off_track' && (trodden?.has(item.occupationCode) ?? false),
    interests:
      item.components.interests !== null && occupation
        ? {
            fit: item.components.interests,
            person: profile.hollandCode,
            occupation: occupationHollandCode({
              major: occupation.riasecMajor,
              minor: occupation.riasecMinor,
            }),
          }
        : null,
    demand: item.demand,
    trainingTo: item.constraints.includes('training') ? (occupation?.entryLevel ?? null) : null,
    stepDown: item.constraints.includes('step_down'),
    regulated: item.constraints.includes('regulated'),
    executive: item.constraints.includes('executive'),
  };
  return explainSuggestion(facts, catalogue, language);
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** Every track, for generated people in tests and benchmarks. */
export const TRACKS_FOR_BENCH: readonly Track[] = [
  'direct_reemployment',
  'retraining',
  'business_creation',
  'retirement_transition',
];
