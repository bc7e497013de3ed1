import type { CoachCaseloadQuery, RiskUrgency } from './gql/graphql';

/** One person of the caseload as the list shows them: flags, risk, next session. */
export interface CaseloadRow {
  candidateId: string;
  assignedAt: string;
  distress: boolean;
  risk: CoachCaseloadQuery['atRiskCandidates'][number] | null;
  next: CoachCaseloadQuery['coachCalendar'][number] | null;
}

/** What the order reads of a row. */
export interface Urgent {
  assignedAt: string;
  distress: boolean;
  risk: { urgency: RiskUrgency } | null;
  next: { startsAt: string } | null;
}

const URGENCY_RANK: Record<RiskUrgency, number> = { IMMEDIATE: 1, HIGH: 2, NORMAL: 3 };
const NEVER = '9999';

/**
 * Most urgent first: distress, then the risk's urgency, then the soonest session, then the one
 * followed longest. A new array; the order of equals is kept.
 */
export function byUrgency<T extends Urgent>(rows: readonly T[]): T[] {
  const rank = (row: T) => (row.distress ? 0 : row.risk ? URGENCY_RANK[row.risk.urgency] : 4);
  return [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.next?.startsAt ?? NEVER).localeCompare(b.next?.startsAt ?? NEVER) ||
      a.assignedAt.localeCompare(b.assignedAt),
  );
}
