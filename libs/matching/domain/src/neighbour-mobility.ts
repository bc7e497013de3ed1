import type { OccupationCatalogue } from './catalogue';
import type { SkillVector, SkillVectorSpace } from './skill-space';

/** How many of the most similar occupations (by skills) lend their mobility links. */
export const MOBILITY_NEIGHBOURS = 25;

/**
 * How the links are counted (`eval:recommendations`, weights chosen on half A of the occupations
 * by a coordinate search, confirmed on half B; docs/matching.md):
 * - `orderExponent`: a link counts ROME's rank of it (1st = 1, then -0.05 a rank, never under 0.5)
 *   to this power (0 = every link alike);
 * - `secondStep`: where the neighbours' targets lead in turn, with this weight, each such link
 *   shared among its occupation's links (0 = off);
 * - `intoNeighbours`: occupations whose links lead *to* a neighbour, with this weight (0 = off).
 * Second steps and links into neighbours only reinforce an occupation a neighbour leads to
 * directly, so "people in jobs close to yours move there" stays true of every one scored.
 */
export interface NeighbourMobilityOptions {
  neighbours?: number;
  orderExponent?: number;
  secondStep?: number;
  intoNeighbours?: number;
}

export const NEIGHBOUR_MOBILITY: Required<NeighbourMobilityOptions> = {
  neighbours: MOBILITY_NEIGHBOURS,
  orderExponent: 0.5,
  secondStep: 0.3,
  intoNeighbours: 0.1,
};

/** The forward links of the 20 closest occupations, all alike: the signal before issue 19's second pass. */
export const NEIGHBOUR_MOBILITY_FIRST: Required<NeighbourMobilityOptions> = {
  neighbours: 20,
  orderExponent: 0,
  secondStep: 0,
  intoNeighbours: 0,
};

/** ROME's rank of a link as a weight: 1 for the first, -0.05 a rank, never under 0.5, to `exponent`. */
export function linkOrderWeight(order: number, exponent: number): number {
  if (exponent === 0) return 1;
  return Math.max(0.5, 1 - (order - 1) * 0.05) ** exponent;
}

/**
 * Where people of jobs like this one usually go: the ROME mobility links of the occupations
 * closest to `sourceCode` by skills (weighted Jaccard), each link counting that neighbour's
 * similarity (and ROME's rank of the link), summed per target; then, for the targets reached so,
 * a share for where those targets lead in turn and for the occupations leading to the neighbours;
 * scaled so the best target scores 1. No link from or to the source is ever used (not in the
 * first step, the second, the links into neighbours, nor an occupation's count of links): the
 * signal says only what ROME's links between *other* occupations say ("Formateur", "Négociant en
 * bois" from a forestry job, which share no specific skill with it), so it can be measured
 * against the source's own links.
 */
export function neighbourMobility(
  catalogue: OccupationCatalogue,
  space: SkillVectorSpace,
  vectors: ReadonlyMap<string, SkillVector>,
  sourceCode: string,
  options: NeighbourMobilityOptions = {},
): Map<string, number> {
  const { neighbours, orderExponent, secondStep, intoNeighbours } = { ...NEIGHBOUR_MOBILITY, ...options };
  const source = vectors.get(sourceCode);
  const scores = new Map<string, number>();
  if (!source) return scores;
  const similar: { code: string; similarity: number }[] = [];
  for (const [code, vector] of vectors) {
    if (code === sourceCode) continue;
    const similarity = space.jaccard(source, vector);
    if (similarity > 0) similar.push({ code, similarity });
  }
  similar.sort((a, b) => b.similarity - a.similarity || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const closest = similar.slice(0, neighbours);
  const add = (code: string, value: number) => scores.set(code, (scores.get(code) ?? 0) + value);
  const weight = (order: number) => linkOrderWeight(order, orderExponent);
  // The links of an occupation other than the source, without any link to the source.
  const targets = (code: string) =>
    [...catalogue.mobilityTargets(code)].filter(([target]) => target !== sourceCode);

  for (const { code, similarity } of closest)
    for (const [target, order] of targets(code)) add(target, similarity * weight(order));
  const reached = new Set(scores.keys());
  const reinforce = new Map<string, number>();
  const more = (code: string, value: number) => {
    if (reached.has(code)) reinforce.set(code, (reinforce.get(code) ?? 0) + value);
  };
  if (secondStep > 0)
    for (const { code, similarity } of closest)
      for (const [middle, order] of targets(code)) {
        const next = targets(middle);
        for (const [target, nextOrder] of next)
          more(target, (secondStep * similarity * weight(order) * weight(nextOrder)) / next.length);
      }
  if (intoNeighbours > 0)
    for (const { code, similarity } of closest)
      for (const [from, order] of catalogue.mobilitySources(code))
        if (from !== sourceCode) more(from, intoNeighbours * similarity * weight(order));
  for (const [code, value] of reinforce) add(code, value);

  const max = Math.max(0, ...scores.values());
  if (max > 0) for (const [code, score] of scores) scores.set(code, score / max);
  return scores;
}
