export interface GroupCount {
  group: string;
  count: number;
}

export interface SuppressedCount {
  group: string;
  /** Null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/**
 * Small-group suppression for aggregates shown to sponsors. A group of 1 to threshold-1 people is
 * hidden; so is the total when under the threshold. When the total is shown, hidden groups must not
 * be recoverable by subtraction: further groups are hidden, smallest first, until the hidden ones
 * together hold at least the threshold (or everything is hidden, total included).
 */
export function suppressSmallGroups(
  groups: readonly GroupCount[],
  threshold: number,
): { total: number | null; groups: SuppressedCount[] } {
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const hidden = new Set(groups.filter((g) => g.count > 0 && g.count < threshold).map((g) => g.group));
  let totalShown = total >= threshold;
  const hiddenSum = () => groups.filter((g) => hidden.has(g.group)).reduce((sum, g) => sum + g.count, 0);
  if (totalShown && hidden.size > 0) {
    const candidates = groups
      .filter((g) => g.count > 0 && !hidden.has(g.group))
      .sort((a, b) => a.count - b.count || a.group.localeCompare(b.group));
    while (hiddenSum() < threshold) {
      const next = candidates.shift();
      if (!next) {
        totalShown = false;
        break;
      }
      hidden.add(next.group);
    }
  }
  return {
    total: totalShown ? total : null,
    groups: groups.map((g) => ({
      group: g.group,
      count: hidden.has(g.group) ? null : g.count,
      suppressed: hidden.has(g.group),
    })),
  };
}
