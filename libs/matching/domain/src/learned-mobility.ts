import { compareCodes } from './seeded-random';
import type { LabourDemand, Occupation, OccupationCatalogue } from './catalogue';
import { boostedScore, type BoostedTree, type BoostingOptions } from './boosted-trees';
import { domainMobility, linksInto, linksOutOf, skillHolders, skillMobility } from './mobility-features';
import { interestFit, occupationHollandCode } from './riasec';
import type { SkillSpace, SkillVector, SkillVectorSpace } from './skill-space';

/**
 * Issue 19's learned mobility: gradient-boosted trees (`fitBoostedTrees`) that say how likely ROME
 * is to link a former occupation to a target, from what is known of the pair. Trained on ROME's
 * own links (`npm run train:mobility-model`), measured with each source's links held out
 * (`npm run eval:recommendations`), shipped as a versioned model file beside the weights
 * (docs/decisions/0053-learned-mobility-ranking.md). Every feature is read without any link from
 * or to the former occupation, as `neighbourMobility` reads them.
 */
export const PAIR_FEATURES = [
  'skills (weighted Jaccard)',
  "neighbours' links (neighbourMobility)",
  "the domain's links (domainMobility)",
  "the skills' links (skillMobility)",
  'same professional domain',
  'same ROME 3 parent',
  'same first letter (family)',
  'links into the target (not from the source)',
  'links out of the target (not to the source)',
  'specific skills shared',
  'interests (source RIASEC vs target)',
  'level step (-10 unknown)',
  'national demand (-1 unknown)',
  'score of the linear ranking',
  'log rank in the linear ranking',
  "skills x neighbours' links",
] as const;

/** Candidates per former occupation the model re-ranks (the best of the linear ranking). */
export const LEARNED_CANDIDATES = 300;

/**
 * The linear ranking the candidates come from (`OccupationSimilarity` with these weights): the
 * skills' weighted Jaccard plus 0.3 x the neighbours' links, scaled by the former occupation's
 * interests, the level step and the national demand (docs/matching.md, the ablation's last row).
 */
export const LINEAR_MOBILITY_RANKING = { interests: 0.2, level: 0.3, demand: 0.1, neighbours: 0.3 } as const;

/** The file `train:mobility-model` writes: thresholds and leaf values only, no ROME text. */
export interface MobilityModel {
  format: 'passerelle-mobility-model';
  version: number;
  /** The ROME release whose links were the labels. */
  romeRelease: string;
  trainedOn: { sources: number; pairs: number; linked: number };
  features: readonly string[];
  candidates: number;
  options: BoostingOptions;
  base: number;
  trees: BoostedTree[];
}

/** What the pair features read besides the catalogue, once per catalogue. */
export interface PairFeatureInputs {
  catalogue: OccupationCatalogue;
  skills: SkillSpace;
  space: SkillVectorSpace;
  vectors: ReadonlyMap<string, SkillVector>;
  /** `neighbourMobility` of a former occupation (the product's, cached per catalogue). */
  neighbours: (sourceCode: string) => ReadonlyMap<string, number>;
  /** Occupations listing each skill (`skillHolders`). */
  holders: ReadonlyMap<string, readonly string[]>;
  /** National demand, whatever the person's area: the model scores a pair of occupations. */
  demandFor: (code: string) => LabourDemand | null;
  demandScale: number;
  /** The product's factors, passed in to avoid an import cycle with occupation-ranking. */
  levelFit: (step: number | null) => number | null;
  demandScore: (demand: LabourDemand | null, scale: number) => number | null;
  isSpecificSkill: (code: string, skills: SkillSpace) => boolean;
}

export interface PairFeatures {
  /** The candidates, best of the linear ranking first. */
  codes: string[];
  /** One row of `PAIR_FEATURES.length` numbers per candidate, row-major. */
  values: Float64Array;
  /** The targets after the candidates, in the linear order. */
  rest: string[];
}

/** The model can score this catalogue's pairs: its features are the ones this code computes. */
export function modelFits(model: MobilityModel): boolean {
  return (
    model.format === 'passerelle-mobility-model' &&
    model.features.length === PAIR_FEATURES.length &&
    model.features.every((name, i) => name === PAIR_FEATURES[i])
  );
}

/** Builds the catalogue-wide part of `PairFeatureInputs` that is not the caller's. */
export function pairHolders(catalogue: OccupationCatalogue): Map<string, string[]> {
  return skillHolders(catalogue);
}

/**
 * The features of a former occupation's `candidates` best targets by the linear ranking, none of
 * them reading a link from or to it.
 */
export function pairFeatures(
  inputs: PairFeatureInputs,
  sourceCode: string,
  candidates = LEARNED_CANDIDATES,
): PairFeatures {
  const { catalogue, skills, space, vectors } = inputs;
  const source = catalogue.byCode.get(sourceCode);
  const sourceVector = vectors.get(sourceCode);
  if (!source || !sourceVector) return { codes: [], values: new Float64Array(0), rest: [] };
  const neighbours = inputs.neighbours(sourceCode);
  const holland = occupationHollandCode({ major: source.riasecMajor, minor: source.riasecMinor });
  const weights = LINEAR_MOBILITY_RANKING;
  const scale = (value: number | null, weight: number) => (value !== null ? 1 - weight + weight * value : 1);
  const step = (entryLevel: number | null | undefined) =>
    source.entryLevel == null || entryLevel == null ? null : entryLevel - source.entryLevel;
  // The linear ranking, as `OccupationSimilarity.scores` computes it.
  const ranked: {
    code: string;
    target: Occupation;
    score: number;
    jaccard: number;
    interests: number | null;
  }[] = [];
  for (const target of catalogue.byCode.values()) {
    if (target.code === sourceCode) continue;
    const targetVector = vectors.get(target.code);
    if (!targetVector) continue;
    const jaccard = space.jaccard(sourceVector, targetVector);
    let score = jaccard;
    score += weights.neighbours * (neighbours.get(target.code) ?? 0);
    const interests = interestFit(holland, { major: target.riasecMajor, minor: target.riasecMinor });
    score *= scale(interests, weights.interests);
    score *= scale(inputs.levelFit(step(target.entryLevel)), weights.level);
    score *= scale(inputs.demandScore(inputs.demandFor(target.code), inputs.demandScale), weights.demand);
    ranked.push({ code: target.code, target, score, jaccard, interests });
  }
  ranked.sort((a, b) => b.score - a.score || compareCodes(a.code, b.code));
  const chosen = ranked.slice(0, candidates);
  const domain = domainMobility(catalogue, sourceCode);
  const bySkills = skillMobility(catalogue, skills, sourceCode, inputs.holders);
  const sourceSkills = catalogue.skillSets.get(sourceCode) ?? new Set<string>();
  const width = PAIR_FEATURES.length;
  const values = new Float64Array(chosen.length * width);
  chosen.forEach(({ code, target, score, jaccard, interests }, rank) => {
    const linked = neighbours.get(code) ?? 0;
    let specific = 0;
    for (const skill of catalogue.skillSets.get(code) ?? [])
      if (sourceSkills.has(skill) && inputs.isSpecificSkill(skill, skills)) specific++;
    const levelStep = step(target.entryLevel);
    values.set(
      [
        jaccard,
        linked,
        domain.get(code) ?? 0,
        bySkills.get(code) ?? 0,
        source.domainCode === target.domainCode ? 1 : 0,
        (source.parentCode ?? source.code) === (target.parentCode ?? target.code) ? 1 : 0,
        source.code[0] === code[0] ? 1 : 0,
        linksInto(catalogue, code, sourceCode),
        linksOutOf(catalogue, code, sourceCode),
        specific,
        interests ?? -1,
        levelStep ?? -10,
        inputs.demandScore(inputs.demandFor(code), inputs.demandScale) ?? -1,
        score,
        Math.log(rank + 1),
        jaccard * linked,
      ],
      rank * width,
    );
  });
  return {
    codes: chosen.map((item) => item.code),
    values,
    rest: ranked.slice(candidates).map((item) => item.code),
  };
}

/**
 * The model's view of where a person of `sourceCode` may go: each of its candidates' probability
 * of a ROME link, scaled so the best is 1 (as `neighbourMobility` is). Targets outside the
 * candidates are absent (0).
 */
export function learnedMobility(
  model: MobilityModel,
  inputs: PairFeatureInputs,
  sourceCode: string,
): Map<string, number> {
  const { codes, values } = pairFeatures(inputs, sourceCode, model.candidates);
  const width = PAIR_FEATURES.length;
  const scores = new Map<string, number>();
  let best = 0;
  codes.forEach((code, i) => {
    const p = 1 / (1 + Math.exp(-boostedScore(model, values.subarray(i * width, (i + 1) * width))));
    scores.set(code, p);
    if (p > best) best = p;
  });
  if (best > 0) for (const [code, p] of scores) scores.set(code, p / best);
  return scores;
}
