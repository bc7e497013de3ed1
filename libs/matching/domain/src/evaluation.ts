import { compareCodes } from './seeded-random';
import type { OccupationCatalogue } from './catalogue';
import { occupationHollandCode, riasecCongruence } from './riasec';
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

export type SimilarityFeatures = 'skills' | 'skills_riasec' | 'skills_domain';

/**
 * Ranks occupations by similarity to one another, from skills (IDF-weighted Jaccard) and,
 * optionally, RIASEC congruence scaling it (a congruent occupation keeps its skill score, an
 * opposite one loses up to `weight` of it). `skills_domain` (for information, not a
 * RIASEC feature) lifts occupations of the source's professional domain by the same weight. Mobility links are deliberately not a feature:
 * they are the truth this ranking is measured against.
 */
export class OccupationSimilarity {
  private readonly vectors = new Map<string, SkillVector>();
  private readonly space: SkillVectorSpace;

  constructor(
    private readonly catalogue: OccupationCatalogue,
    skills: SkillSpace,
  ) {
    this.space = new SkillVectorSpace(skills);
    for (const [code, set] of catalogue.skillSets) this.vectors.set(code, this.space.encode(set));
  }

  rank(sourceCode: string, features: SimilarityFeatures, weight = 0.3): string[] {
    const source = this.catalogue.byCode.get(sourceCode);
    const sourceVector = this.vectors.get(sourceCode);
    if (!source || !sourceVector) return [];
    const holland = occupationHollandCode({ major: source.riasecMajor, minor: source.riasecMinor });
    const scored: { code: string; score: number }[] = [];
    for (const target of this.catalogue.byCode.values()) {
      if (target.code === sourceCode) continue;
      const targetVector = this.vectors.get(target.code);
      if (!targetVector) continue;
      const skillFit = this.space.jaccard(sourceVector, targetVector);
      let score = skillFit;
      if (features === 'skills_domain' && target.domainCode === source.domainCode) score *= 1 + weight;
      if (features === 'skills_riasec') {
        const interests = riasecCongruence(holland, { major: target.riasecMajor, minor: target.riasecMinor });
        if (interests !== null) score = skillFit * (1 - weight + weight * interests);
      }
      scored.push({ code: target.code, score });
    }
    scored.sort((a, b) => b.score - a.score || compareCodes(a.code, b.code));
    return scored.map((item) => item.code);
  }
}
