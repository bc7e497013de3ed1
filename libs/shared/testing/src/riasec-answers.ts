/** The RIASEC type letters, in the order the 48-item markers instrument lists them. */
export type RiasecType = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';

/**
 * A response set to the 48-item RIASEC markers instrument (8 items a type, 1 to 5), worked by hand:
 * R 28, I 32, A 8, S 40, E 24, C 20, so the code is SIR. Several suites check the scoring against it.
 */
export const HAND_WORKED_RIASEC: Readonly<Record<RiasecType, readonly number[]>> = {
  R: [5, 5, 4, 4, 3, 3, 2, 2],
  I: [4, 4, 4, 4, 4, 4, 4, 4],
  A: [1, 1, 1, 1, 1, 1, 1, 1],
  S: [5, 5, 5, 5, 5, 5, 5, 5],
  E: [3, 3, 3, 3, 3, 3, 3, 3],
  C: [2, 3, 2, 3, 2, 3, 2, 3],
};

/** The hand-worked answers of the given types, as the API takes them (`R1`..`R8`, ...). */
export function handWorkedRiasecAnswers(
  types: readonly RiasecType[] = ['R', 'I', 'A', 'S', 'E', 'C'],
): { itemId: string; value: number }[] {
  return types.flatMap((type) =>
    HAND_WORKED_RIASEC[type].map((value, i) => ({ itemId: `${type}${i + 1}`, value })),
  );
}
