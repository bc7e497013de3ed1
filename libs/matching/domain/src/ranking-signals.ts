import type { Track } from '@passerelle/shared/contracts';
import type { LabourDemand } from './catalogue';
import type { RankingComponents } from './ranking-profile';

export type Weights = Record<keyof RankingComponents, number>;

/**
 * How much each signal counts, by track: retraining leans on interests, re-employment on demand.
 * The level weighs 0.1 everywhere (on top of the rules that keep large steps down out).
 * The mobility (ROME's links, else the learned score) weighs 1 for a person going back to the same
 * trade (ROME's mobility links describe exactly their moves) and for a person not yet diagnosed
 * (chosen on half A of the occupations among 0.2, 0.5, 0.7 and 1, confirmed on half B:
 * `eval:recommendations`, docs/matching.md, decision 0058); 0.7 near retirement, and 0.5 for
 * retraining and business creation, which keep more room for the person's interests.
 */
export const TRACK_WEIGHTS: Record<Track | 'unknown', Weights> = {
  direct_reemployment: { skills: 0.45, mobility: 1, interests: 0.1, demand: 0.25, level: 0.1 },
  retraining: { skills: 0.35, mobility: 0.5, interests: 0.3, demand: 0.2, level: 0.1 },
  business_creation: { skills: 0.45, mobility: 0.5, interests: 0.25, demand: 0.15, level: 0.1 },
  retirement_transition: { skills: 0.5, mobility: 0.7, interests: 0.2, demand: 0.1, level: 0.1 },
  unknown: { skills: 0.45, mobility: 1, interests: 0.2, demand: 0.15, level: 0.1 },
};

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

/** Level fit: 1 at the same level, -0.1 a step up (training to plan), -0.3 a step down. */
export function levelFit(step: number | null): number | null {
  if (step === null) return null;
  return step >= 0 ? Math.max(0.4, 1 - 0.1 * step) : Math.max(0, 1 + 0.3 * step);
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

/** Jaccard rewards a similar job; coverage rewards a job whose skills the person already has. */
export function skillFit(shared: number, haveWeight: number, targetWeight: number): number {
  if (shared === 0) return 0;
  const jaccard = shared / (haveWeight + targetWeight - shared);
  const coverage = shared / targetWeight;
  return (jaccard + coverage) / 2;
}

/** The weighted mean of the signals that are known (a missing one gives its weight to the others). */
export function weightedScore(components: RankingComponents, weights: Weights): number {
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
