import type { Track } from '@passerelle/shared/contracts';
import { compareCodes } from './seeded-random';
import {
  breaksOffTrackRule,
  INTEREST_ONLY_FACTOR,
  keepOffTrack,
  LARGE_STEP_DOWN,
  SPECIFIC_SKILLS_FOR_OFF_TRACK,
  type OffTrackCase,
} from './off-track-rule';
import {
  cachedBestLearned,
  cachedLearned,
  cachedNeighbours,
  encodedCatalogue,
  WELL_TRODDEN_RANK,
} from './ranking-cache';
import {
  classify,
  personSkills,
  type CandidateProfile,
  type OccupationRecommendation,
  type RankingComponents,
  type RankingConstraint,
  type RankingContext,
} from './ranking-profile';
import {
  demandScore,
  LEARNED_MOBILITY_FACTOR,
  levelFit,
  mobilityScore,
  NEIGHBOUR_MOBILITY_FACTOR,
  skillFit,
  TRACK_WEIGHTS,
  weightedScore,
  type Weights,
} from './ranking-signals';
import { explainRecommendation } from './recommendation-reasons';
import { interestFit } from './riasec';
import type { SkillVector } from './skill-space';

// The ranking's parts, one module each, exported from here as before the split.
export * from './ranking-profile';
export {
  TRACK_WEIGHTS,
  NEIGHBOUR_MOBILITY_FACTOR,
  LEARNED_MOBILITY_FACTOR,
  levelFit,
  mobilityScore,
  demandScore,
  skillFit,
  type Weights,
} from './ranking-signals';
export {
  SPECIFIC_SKILL_MAX_OCCUPATIONS,
  SPECIFIC_SKILLS_FOR_OFF_TRACK,
  INTEREST_ONLY_FACTOR,
  LARGE_STEP_DOWN,
  INTERESTS_CALL_FOR,
  breaksOffTrackRule,
  isSpecificSkill,
  specificSkillsShared,
  type OffTrackCase,
} from './off-track-rule';
export { WELL_TRODDEN_RANK, bestLearned, pairFeatureInputs } from './ranking-cache';
export { explainRecommendation } from './recommendation-reasons';

const REGULATED_FACTOR = 0.85;
const EMPTY_VECTOR: SkillVector = { ids: new Int32Array(0), total: 0 };
const EXECUTIVE_FACTOR = 0.9;

export interface RankingOptions {
  /** How many suggestions to keep (20). */
  limit?: number;
  /** Off-track suggestions kept at least, when any score (5). */
  minOffTrack?: number;
  /** The signals' weights, in place of the person's track's (the evaluation tries others on half A). */
  weights?: Weights;
}

/**
 * Ranks every occupation for a person. Returns the best `limit`, keeping at least `minOffTrack`
 * off-track ones when any score: the doors the person and the coach would not have thought of.
 */
export function rankOccupations(
  profile: CandidateProfile,
  context: RankingContext,
  options: RankingOptions = {},
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
  options: RankingOptions = {},
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
  const weights = options.weights ?? TRACK_WEIGHTS[profile.track ?? 'unknown'];
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
