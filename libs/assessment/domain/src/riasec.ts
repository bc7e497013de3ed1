/**
 * RIASEC scoring (Holland's six interest types) for the public-domain marker scales of Armstrong,
 * Allison & Rounds (2008): each type is the sum of its eight items answered 1-5, so 8-40.
 */
export const RIASEC_ORDER = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecType = (typeof RIASEC_ORDER)[number];
export type RiasecScores = Record<RiasecType, number>;

export const isRiasecType = (value: string): value is RiasecType =>
  (RIASEC_ORDER as readonly string[]).includes(value);

/**
 * Holland code: the three highest types. Tie rule: equal scores keep the fixed hexagon order
 * R-I-A-S-E-C (the first in that order ranks higher). The rule is arbitrary but stable, and
 * `tiedAtCut` tells the coach when the third letter could equally have been another type.
 */
export function rankRiasec(scores: RiasecScores): RiasecType[] {
  return [...RIASEC_ORDER].sort(
    (a, b) => scores[b] - scores[a] || RIASEC_ORDER.indexOf(a) - RIASEC_ORDER.indexOf(b),
  );
}

export function hollandCode(scores: RiasecScores): { code: string; tiedAtCut: boolean } {
  const ranked = rankRiasec(scores);
  return {
    code: ranked.slice(0, 3).join(''),
    tiedAtCut: scores[ranked[2]] === scores[ranked[3]],
  };
}

/** Differentiation as the spread of the profile: highest score minus lowest. */
export function differentiationRange(scores: RiasecScores): number {
  const values = RIASEC_ORDER.map((type) => scores[type]);
  return Math.max(...values) - Math.min(...values);
}

/** Iachan's (1984) differentiation index: L1 - (L2 + L4) / 2, on the ranked scores. */
export function iachanDifferentiation(scores: RiasecScores): number {
  const sorted = RIASEC_ORDER.map((type) => scores[type]).sort((a, b) => b - a);
  return sorted[0] - (sorted[1] + sorted[3]) / 2;
}

export type Consistency = 'high' | 'medium' | 'low';

/** Steps between two types on Holland's hexagon: 1 adjacent, 2 alternate, 3 opposite. */
export function hexagonDistance(a: RiasecType, b: RiasecType): 0 | 1 | 2 | 3 {
  const gap = Math.abs(RIASEC_ORDER.indexOf(a) - RIASEC_ORDER.indexOf(b));
  return Math.min(gap, 6 - gap) as 0 | 1 | 2 | 3;
}

/** Consistency of the code's first two letters: adjacent high, alternate medium, opposite low. */
export function consistency(code: string): Consistency {
  const [first, second] = [...code];
  if (!first || !second || !isRiasecType(first) || !isRiasecType(second)) {
    throw new Error(`consistency needs two RIASEC letters, got "${code}"`);
  }
  const distance = hexagonDistance(first, second);
  if (distance === 0) throw new Error(`the code "${code}" repeats a type`);
  return distance === 1 ? 'high' : distance === 2 ? 'medium' : 'low';
}

export interface RiasecProfile {
  scores: RiasecScores;
  hollandCode: string;
  tiedAtCut: boolean;
  differentiation: number;
  iachanDifferentiation: number;
  consistency: Consistency;
}

export function riasecProfile(scores: RiasecScores): RiasecProfile {
  const { code, tiedAtCut } = hollandCode(scores);
  return {
    scores,
    hollandCode: code,
    tiedAtCut,
    differentiation: differentiationRange(scores),
    iachanDifferentiation: iachanDifferentiation(scores),
    consistency: consistency(code),
  };
}
