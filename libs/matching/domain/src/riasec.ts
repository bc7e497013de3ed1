import type { RiasecType } from '@passerelle/shared/contracts';

/** Holland's hexagon, in order: neighbours are alike, opposites (R-S, I-E, A-C) least alike. */
const HEXAGON: readonly RiasecType[] = ['R', 'I', 'A', 'S', 'E', 'C'];

/** Steps around the hexagon between two types: 0 (same), 1 (adjacent), 2 (alternate), 3 (opposite). */
export function hexagonDistance(a: RiasecType, b: RiasecType): number {
  const gap = Math.abs(HEXAGON.indexOf(a) - HEXAGON.indexOf(b));
  return Math.min(gap, 6 - gap);
}

/** The RIASEC letters of a Holland code such as "RIC", in order; unknown letters are dropped. */
export function parseHollandCode(code: string): RiasecType[] {
  return [...code.toUpperCase()].filter((letter): letter is RiasecType =>
    (HEXAGON as readonly string[]).includes(letter),
  );
}

export interface OccupationRiasec {
  major: RiasecType | null;
  minor: RiasecType | null;
}

/**
 * How well a person's Holland code fits an occupation's RIASEC major/minor, from 0 to 1: the
 * hexagon similarity (1 - distance/3) of each pair, weighted by letter rank (3-2-1 for the person,
 * 2-1 for the occupation). Null when either side has no code.
 */
export function riasecCongruence(
  holland: readonly RiasecType[],
  occupation: OccupationRiasec,
): number | null {
  if (holland.length === 0 || !occupation.major) return null;
  const personWeights = [3, 2, 1].slice(0, holland.length);
  const occupationLetters: [RiasecType, number][] = occupation.minor
    ? [
        [occupation.major, 2],
        [occupation.minor, 1],
      ]
    : [[occupation.major, 1]];
  let total = 0;
  let weightSum = 0;
  holland.forEach((letter, index) => {
    for (const [target, weight] of occupationLetters) {
      const w = personWeights[index] * weight;
      total += w * (1 - hexagonDistance(letter, target) / 3);
      weightSum += w;
    }
  });
  return total / weightSum;
}

/** An occupation's own code as a Holland code, to compare occupations with one another. */
export function occupationHollandCode(occupation: OccupationRiasec): RiasecType[] {
  return [occupation.major, occupation.minor].filter((letter): letter is RiasecType => letter !== null);
}

/** How much each of the person's letters counts, strongest first. */
const PERSON_LETTER_WEIGHTS = [1, 0.8, 0.6];

/**
 * How well an occupation fits a person's interests, from 0 to 1, as used by the ranking: each of
 * the occupation's letters meets its best match in the person's code (1 for their strongest
 * letter, 0.8 the second, 0.6 the third, each times the hexagon similarity 1 - distance/3); the
 * occupation's major counts 0.7 and its minor 0.3 (the major alone when there is no minor). Unlike
 * `riasecCongruence`, which averages every pair, it tells an "E" job from an "R" job for an "EIR"
 * person (1 against 0.6). Null when either side has no code.
 */
export function interestFit(holland: readonly RiasecType[], occupation: OccupationRiasec): number | null {
  if (holland.length === 0 || !occupation.major) return null;
  const best = (target: RiasecType): number =>
    Math.max(
      ...holland
        .slice(0, PERSON_LETTER_WEIGHTS.length)
        .map((letter, index) => PERSON_LETTER_WEIGHTS[index] * (1 - hexagonDistance(letter, target) / 3)),
    );
  const major = best(occupation.major);
  return occupation.minor ? 0.7 * major + 0.3 * best(occupation.minor) : major;
}
