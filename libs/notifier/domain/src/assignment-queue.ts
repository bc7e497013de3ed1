const DAY_MS = 86_400_000;

/** Someone enrolled and not yet followed by a coach. */
export interface QueuedPerson {
  candidateId: string;
  officeIds: readonly string[];
  enrolledAt: Date;
}

export interface OfficeQueueAlert {
  officeId: string;
  candidateIds: string[];
  /** The longest wait among them, in whole days. */
  longestWaitDays: number;
}

/** Whether a person has waited for a coach longer than ops allow (`thresholdDays`). */
export function waitingTooLong(enrolledAt: Date, now: Date, thresholdDays: number): boolean {
  return now.getTime() - enrolledAt.getTime() > thresholdDays * DAY_MS;
}

/**
 * The alerts ops receive: per office, the people of that office waiting too long (a person
 * served by two offices counts in both), offices in id order, people longest-waiting first.
 */
export function queueAlerts(
  people: readonly QueuedPerson[],
  now: Date,
  thresholdDays: number,
): OfficeQueueAlert[] {
  const byOffice = new Map<string, QueuedPerson[]>();
  for (const person of people) {
    if (!waitingTooLong(person.enrolledAt, now, thresholdDays)) continue;
    for (const officeId of person.officeIds)
      byOffice.set(officeId, [...(byOffice.get(officeId) ?? []), person]);
  }
  return [...byOffice.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([officeId, people]) => {
      const waiting = [...people].sort(
        (a, b) =>
          a.enrolledAt.getTime() - b.enrolledAt.getTime() || a.candidateId.localeCompare(b.candidateId),
      );
      return {
        officeId,
        candidateIds: waiting.map((person) => person.candidateId),
        longestWaitDays: Math.floor(
          (now.getTime() - Math.min(...waiting.map((p) => p.enrolledAt.getTime()))) / DAY_MS,
        ),
      };
    });
}
