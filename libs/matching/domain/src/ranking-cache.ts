import { compareCodes } from './seeded-random';
import type { LabourDemand, OccupationCatalogue } from './catalogue';
import { neighbourMobility } from './neighbour-mobility';
import {
  learnedMobility,
  modelFits,
  pairHolders,
  type MobilityModel,
  type PairFeatureInputs,
} from './learned-mobility';
import { demandScale } from './labour-demand';
import { isSpecificSkill } from './off-track-rule';
import type { LearnedMobilitySource } from './ranking-profile';
import { demandScore, levelFit } from './ranking-signals';
import { SkillVectorSpace, type SkillSpace, type SkillVector } from './skill-space';

/**
 * What the ranking works out once per catalogue (and model), not per person: the occupations'
 * encoded skills, their specific skills, and per former occupation the neighbours' and the learned
 * mobility.
 */
export interface EncodedCatalogue {
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

const vectorCache = new WeakMap<OccupationCatalogue, EncodedCatalogue>();

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
export function cachedBestLearned(learned: ReadonlyMap<string, number>, rank: number): ReadonlySet<string> {
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
export function encodedCatalogue(catalogue: OccupationCatalogue, skills: SkillSpace): EncodedCatalogue {
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
export function cachedNeighbours(
  catalogue: OccupationCatalogue,
  skills: SkillSpace,
  code: string,
): Map<string, number> {
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
export function cachedLearned(
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
