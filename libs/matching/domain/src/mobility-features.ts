import type { OccupationCatalogue } from './catalogue';
import type { SkillSpace } from './skill-space';

/**
 * Two leave-the-source-out readings of ROME's mobility graph, pair features of the boosted model
 * in `eval:recommendations` (docs/matching.md): neither uses a link from or to the source, so
 * they can be measured against the source's own links.
 */

/** Scales a map so its best value is 1 (an empty or all-zero map stays as it is). */
function scaledToBest(scores: Map<string, number>): Map<string, number> {
  const max = Math.max(0, ...scores.values());
  if (max > 0) for (const [code, score] of scores) scores.set(code, score / max);
  return scores;
}

/**
 * Where the other occupations of the source's professional domain lead: their links counted per
 * target, the best scaled to 1; no link from or to the source.
 */
export function domainMobility(catalogue: OccupationCatalogue, sourceCode: string): Map<string, number> {
  const scores = new Map<string, number>();
  const source = catalogue.byCode.get(sourceCode);
  if (!source) return scores;
  for (const occupation of catalogue.byCode.values()) {
    if (occupation.code === sourceCode || occupation.domainCode !== source.domainCode) continue;
    for (const target of catalogue.mobilityTargets(occupation.code).keys())
      if (target !== sourceCode) scores.set(target, (scores.get(target) ?? 0) + 1);
  }
  return scaledToBest(scores);
}

/**
 * Where the occupations listing the source's skills lead: each skill of the source, with its
 * weight in `skills`, shares that weight among the links of the other occupations that list it
 * (so a skill 300 occupations list spreads over their 3,000 links); summed per target, the best
 * scaled to 1; no link from or to the source.
 */
export function skillMobility(
  catalogue: OccupationCatalogue,
  skills: SkillSpace,
  sourceCode: string,
  holders: ReadonlyMap<string, readonly string[]> = skillHolders(catalogue),
): Map<string, number> {
  const scores = new Map<string, number>();
  for (const skill of catalogue.skillSets.get(sourceCode) ?? []) {
    const votes = new Map<string, number>();
    let total = 0;
    for (const holder of holders.get(skill) ?? []) {
      if (holder === sourceCode) continue;
      for (const target of catalogue.mobilityTargets(holder).keys()) {
        if (target === sourceCode) continue;
        votes.set(target, (votes.get(target) ?? 0) + 1);
        total++;
      }
    }
    const weight = skills.weight(skill);
    for (const [target, count] of votes)
      scores.set(target, (scores.get(target) ?? 0) + (weight * count) / total);
  }
  return scaledToBest(scores);
}

/** The occupations listing each skill, for `skillMobility` (built once per catalogue). */
export function skillHolders(catalogue: OccupationCatalogue): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const [code, set] of catalogue.skillSets)
    for (const skill of set) {
      const list = holders.get(skill) ?? [];
      list.push(code);
      holders.set(skill, list);
    }
  return holders;
}

/** Links into `code` from occupations other than `sourceCode` (how many occupations lead there). */
export function linksInto(catalogue: OccupationCatalogue, code: string, sourceCode: string): number {
  let count = 0;
  for (const from of catalogue.mobilitySources(code).keys()) if (from !== sourceCode) count++;
  return count;
}

/** Links out of `code` to occupations other than `sourceCode`. */
export function linksOutOf(catalogue: OccupationCatalogue, code: string, sourceCode: string): number {
  let count = 0;
  for (const to of catalogue.mobilityTargets(code).keys()) if (to !== sourceCode) count++;
  return count;
}
