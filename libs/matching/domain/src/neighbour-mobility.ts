import type { OccupationCatalogue } from './catalogue';
import type { SkillVector, SkillVectorSpace } from './skill-space';

/** How many of the most similar occupations (by skills) lend their mobility links. */
export const MOBILITY_NEIGHBOURS = 20;

/**
 * Where people of jobs like this one usually go: the ROME mobility links of the `neighbours`
 * occupations closest to `sourceCode` by skills (weighted Jaccard), each link counting that
 * neighbour's similarity, summed per target and scaled so the best target scores 1. The source's
 * own links, and links back to the source, are not used: the signal says something only ROME's
 * links from *other* occupations say ("Formateur", "Négociant en bois" from a forestry job, which
 * share no specific skill with it), so it can be measured against the source's own links.
 */
export function neighbourMobility(
  catalogue: OccupationCatalogue,
  space: SkillVectorSpace,
  vectors: ReadonlyMap<string, SkillVector>,
  sourceCode: string,
  neighbours = MOBILITY_NEIGHBOURS,
): Map<string, number> {
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
  for (const { code, similarity } of similar.slice(0, neighbours)) {
    for (const target of catalogue.mobilityTargets(code).keys()) {
      if (target === sourceCode) continue;
      scores.set(target, (scores.get(target) ?? 0) + similarity);
    }
  }
  const max = Math.max(0, ...scores.values());
  if (max > 0) for (const [code, score] of scores) scores.set(code, score / max);
  return scores;
}
