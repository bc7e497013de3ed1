import type { Answers } from './responses';
import type { ScaleDefinition } from './instrument';

/** Raw scale scores: the sum (or mean, rounded to two decimals) of each scale's items. */
export function scoreScales(
  scales: readonly ScaleDefinition[],
  answers: Answers,
  method: 'sum' | 'mean',
): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const scale of scales) {
    const values = scale.itemIds.map((itemId) => {
      const value = answers[itemId];
      if (value === undefined) throw new Error(`scale ${scale.code}: item ${itemId} is not answered`);
      return value;
    });
    const sum = values.reduce((total, value) => total + value, 0);
    scores[scale.code] = method === 'sum' ? sum : Math.round((sum / values.length) * 100) / 100;
  }
  return scores;
}

/** Scales ranked by score; ties keep the order the instrument defines its scales in. */
export function rankScales(scales: readonly ScaleDefinition[], scores: Record<string, number>): string[] {
  const order = scales.map((scale) => scale.code);
  return [...order].sort((a, b) => scores[b] - scores[a] || order.indexOf(a) - order.indexOf(b));
}
