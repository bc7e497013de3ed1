/** Groups smaller than this are never shown to a sponsor: a count of 1 to 4 could name a person. */
export const SMALL_GROUP_THRESHOLD = 5;

export interface Cell<K extends string> {
  key: K;
  /** null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/**
 * Suppresses small counts (1 to threshold-1; zero says nothing about anyone). When the total is
 * shown and exactly one cell is hidden, that cell could be recovered by subtraction, so the next
 * smallest non-zero cell is hidden too.
 */
export function suppressSmallCounts<K extends string>(
  counts: ReadonlyArray<{ key: K; count: number }>,
  threshold: number = SMALL_GROUP_THRESHOLD,
): { cells: Cell<K>[]; total: number | null; totalSuppressed: boolean } {
  const total = counts.reduce((sum, cell) => sum + cell.count, 0);
  const hidden = new Set(counts.filter((c) => c.count > 0 && c.count < threshold).map((c) => c.key));
  const totalSuppressed = total > 0 && total < threshold;
  if (!totalSuppressed && hidden.size === 1) {
    const next = counts
      .filter((c) => c.count > 0 && !hidden.has(c.key))
      .sort((a, b) => a.count - b.count || a.key.localeCompare(b.key))[0];
    if (next) hidden.add(next.key);
  }
  return {
    cells: counts.map(({ key, count }) => {
      const suppressed = totalSuppressed ? count > 0 : hidden.has(key);
      return { key, count: suppressed ? null : count, suppressed };
    }),
    total: totalSuppressed ? null : total,
    totalSuppressed,
  };
}
