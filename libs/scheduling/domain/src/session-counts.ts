import { opsServes, type Caller } from './access';
import { sponsorSuppression, suppressList, type SponsorSuppression } from '@passerelle/shared/disclosure';

/** A programme's session counts are for its sponsor's HR and for ops of its offices. */
export function mayReadSessionCounts(
  caller: Caller,
  programme: { sponsorId: string; officeIds: readonly string[] },
): boolean {
  return caller.role === 'sponsor'
    ? caller.sponsorIds.includes(programme.sponsorId)
    : opsServes(caller, programme.officeIds);
}

/** Participant statuses in the order a sponsor reads them, with the session status each is shown as. */
const STATUSES = [
  ['booked', 'BOOKED'],
  ['cancelled', 'CANCELLED'],
  ['attended', 'COMPLETED'],
  ['no_show', 'NO_SHOW'],
] as const;

export interface SessionCountObject {
  status: (typeof STATUSES)[number][1];
  count: number | null;
  suppressed: boolean;
  suppression: SponsorSuppression | null;
}

/**
 * Every status, zeros included (a missing status would say "none" as surely as a 0). Sponsor HR get
 * the platform's disclosure control (docs/decisions/0012), counting people behind the sessions; ops,
 * who may read the sessions themselves, get the counts as they are.
 */
export function toSessionCounts(
  role: Caller['role'],
  counts: { byStatus: readonly { status: string; count: number; people: number }[]; people: number },
): SessionCountObject[] {
  const items = STATUSES.map(([status]) => {
    const found = counts.byStatus.find((row) => row.status === status);
    return { key: status, count: found?.count ?? 0, people: found?.people ?? 0 };
  });
  if (role !== 'sponsor') {
    return items.map((item, i) => ({
      status: STATUSES[i][1],
      count: item.count,
      suppressed: false,
      suppression: null,
    }));
  }
  return suppressList(items, { people: counts.people }).cells.map((cell, i) => ({
    status: STATUSES[i][1],
    count: cell.count,
    suppressed: cell.suppressed !== null,
    suppression: sponsorSuppression(cell.suppressed),
  }));
}
