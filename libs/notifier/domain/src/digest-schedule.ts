const DAY_MS = 86_400_000;

/**
 * A digest goes at most once a day per person: the first as soon as there is something in it, the
 * next no sooner than 24 hours after the last one.
 */
export function digestDue(lastSentAt: Date | null, now: Date, intervalMs: number = DAY_MS): boolean {
  return lastSentAt === null || now.getTime() - lastSentAt.getTime() >= intervalMs;
}

export const URGENCIES = ['immediate', 'high', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface AtRiskItem {
  candidateId: string;
  urgency: Urgency;
  reasons: readonly string[];
  detectedAt: Date;
}

/**
 * The coach's at-risk digest: one line per person (their latest alert), most urgent first, then
 * the longest-standing first, so the person waiting longest at a level is read first.
 */
export function atRiskDigestLines(items: readonly AtRiskItem[]): AtRiskItem[] {
  const latest = new Map<string, AtRiskItem>();
  for (const item of items) {
    const seen = latest.get(item.candidateId);
    if (!seen || seen.detectedAt < item.detectedAt) latest.set(item.candidateId, item);
  }
  return [...latest.values()].sort(
    (a, b) =>
      URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) ||
      a.detectedAt.getTime() - b.detectedAt.getTime() ||
      a.candidateId.localeCompare(b.candidateId),
  );
}

/** Job leads in a digest: best rank first, each offer once. */
export function jobLeadLines<T extends { offerId: string; rank: number }>(leads: readonly T[]): T[] {
  const best = new Map<string, T>();
  for (const lead of leads) {
    const seen = best.get(lead.offerId);
    if (!seen || lead.rank < seen.rank) best.set(lead.offerId, lead);
  }
  return [...best.values()].sort((a, b) => a.rank - b.rank || a.offerId.localeCompare(b.offerId));
}
