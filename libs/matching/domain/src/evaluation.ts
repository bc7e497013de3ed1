import { compareCodes } from './seeded-random';
import type { LabourDemand, OccupationCatalogue } from './catalogue';
import { demandScore, levelFit } from './occupation-ranking';
import { neighbourMobility, type NeighbourMobilityOptions } from './neighbour-mobility';
import { interestFit, occupationHollandCode } from './riasec';
import { SkillVectorSpace, type SkillSpace, type SkillVector } from './skill-space';

export interface RankingQuery {
  ranked: readonly string[];
  relevant: ReadonlySet<string>;
}

export interface RankingMetrics {
  queries: number;
  recallAtK: number;
  mrr: number;
  k: number;
}

/** Mean recall@k and mean reciprocal rank of the first relevant item (0 when none is ranked). */
export function rankingMetrics(queries: readonly RankingQuery[], k = 10): RankingMetrics {
  let recall = 0;
  let reciprocal = 0;
  let counted = 0;
  for (const { ranked, relevant } of queries) {
    if (relevant.size === 0) continue;
    counted++;
    let hits = 0;
    ranked.slice(0, k).forEach((code) => {
      if (relevant.has(code)) hits++;
    });
    recall += hits / relevant.size;
    const first = ranked.findIndex((code) => relevant.has(code));
    if (first >= 0) reciprocal += 1 / (first + 1);
  }
  return {
    queries: counted,
    recallAtK: counted ? recall / counted : 0,
    mrr: counted ? reciprocal / counted : 0,
    k,
  };
}

/** Top-k accuracy of predictions: is the expected code among the first k? */
export function accuracyAtK(
  predictions: readonly { expected: string; predicted: readonly string[] }[],
  k: number,
): number {
  if (predictions.length === 0) return 0;
  const hits = predictions.filter(({ expected, predicted }) =>
    predicted.slice(0, k).includes(expected),
  ).length;
  return hits / predictions.length;
}

/** Which signals scale the skill similarity, each with its weight (0 = off). */
export interface SimilarityFeatures {
  /** The product's interest fit (`interestFit`) of the source occupation's RIASEC code with the target's. */
  interests?: number;
  /** The product's level fit (`levelFit`) of the target's entry level against the source's. */
  level?: number;
  /** The target's demand (`demandScore` against the scale given to the constructor). */
  demand?: number;
  /** For information: occupations of the source's professional domain lifted by this much. */
  domain?: number;
  /**
   * `neighbourMobility` (the links of the occupations closest by skills, never the source's own
   * nor links to it) added to the skill score with this weight.
   */
  neighbours?: number;
  /** How `neighbourMobility` counts the links: the product's (`NEIGHBOUR_MOBILITY`) unless given. */
  neighbourOptions?: NeighbourMobilityOptions;
}

/**
 * Ranks occupations by similarity to one another: the weighted Jaccard of their skills in the
 * given SkillSpace (plain, IDF or specificity weights), each other signal scaling it (a signal at
 * 1 keeps the skill score, at 0 it loses `weight` of it). Mobility links are deliberately not a
 * feature: they are the truth this ranking is measured against.
 */
export class OccupationSimilarity {
  private readonly vectors = new Map<string, SkillVector>();
  private readonly space: SkillVectorSpace;

  constructor(
    private readonly catalogue: OccupationCatalogue,
    skills: SkillSpace,
    private readonly demand: {
      demandFor: (code: string) => LabourDemand | null;
      scale: number;
    } | null = null,
  ) {
    this.space = new SkillVectorSpace(skills);
    for (const [code, set] of catalogue.skillSets) this.vectors.set(code, this.space.encode(set));
  }

  rank(sourceCode: string, features: SimilarityFeatures = {}): string[] {
    return this.scores(sourceCode, features).map((item) => item.code);
  }

  /** Every other occupation with its score, best first (ties in code order): what `rank` orders. */
  scores(sourceCode: string, features: SimilarityFeatures = {}): { code: string; score: number }[] {
    const source = this.catalogue.byCode.get(sourceCode);
    const sourceVector = this.vectors.get(sourceCode);
    if (!source || !sourceVector) return [];
    const holland = occupationHollandCode({ major: source.riasecMajor, minor: source.riasecMinor });
    const neighbours = features.neighbours
      ? neighbourMobility(this.catalogue, this.space, this.vectors, sourceCode, features.neighbourOptions)
      : null;
    const scale = (value: number | null, weight: number | undefined): number =>
      weight && value !== null ? 1 - weight + weight * value : 1;
    const scored: { code: string; score: number }[] = [];
    for (const target of this.catalogue.byCode.values()) {
      if (target.code === sourceCode) continue;
      const targetVector = this.vectors.get(target.code);
      if (!targetVector) continue;
      let score = this.space.jaccard(sourceVector, targetVector);
      if (features.neighbours) score += features.neighbours * (neighbours?.get(target.code) ?? 0);
      if (features.domain && target.domainCode === source.domainCode) score *= 1 + features.domain;
      if (features.interests)
        score *= scale(
          interestFit(holland, { major: target.riasecMajor, minor: target.riasecMinor }),
          features.interests,
        );
      if (features.level) {
        const step =
          source.entryLevel == null || target.entryLevel == null
            ? null
            : target.entryLevel - source.entryLevel;
        score *= scale(levelFit(step), features.level);
      }
      if (features.demand && this.demand)
        score *= scale(demandScore(this.demand.demandFor(target.code), this.demand.scale), features.demand);
      scored.push({ code: target.code, score });
    }
    scored.sort((a, b) => b.score - a.score || compareCodes(a.code, b.code));
    return scored;
  }
}
