/** A 32-bit linear congruential generator (Numerical Recipes' constants): the same tables on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Counts as small programmes have them: many zeros, many small groups, some larger ones. */
export function randomCount(random: () => number): number {
  const u = random();
  if (u < 0.3) return 0;
  if (u < 0.65) return 1 + Math.floor(random() * 4);
  return 5 + Math.floor(random() * 11);
}

export const randomInt = (random: () => number, from: number, to: number) =>
  from + Math.floor(random() * (to - from + 1));
