import { sponsorSuppression, suppressTable, type SponsorSuppression } from '@passerelle/shared/disclosure';
import { ASSESSMENT_STATUSES } from './assessment-lifecycle';

/** How many sessions of an instrument are in a status, and how many people took them. */
export interface CompletionCount {
  instrumentCode: string;
  status: string;
  count: number;
  /**
   * Distinct people behind the count: assessments are per milestone, so one person may take the
   * same instrument again (their 5 sessions are hidden like a count of 1). Left out: the count.
   */
  people?: number;
}

/** Who asks: sponsor HR, through disclosure control, or ops, who may read the assessments themselves. */
export type CompletionAudience = 'sponsor' | 'ops';

export interface InstrumentCompletion {
  instrumentCode: string;
  assigned: number | null;
  inProgress: number | null;
  completed: number | null;
  released: number | null;
  assignedSuppression: SponsorSuppression | null;
  inProgressSuppression: SponsorSuppression | null;
  completedSuppression: SponsorSuppression | null;
  releasedSuppression: SponsorSuppression | null;
}

/**
 * Assessments per instrument and status: a table of instruments by statuses. Every instrument of the
 * catalogue has its row (a row appearing only once someone has it would say someone has it). Sponsor
 * HR get the platform's disclosure control over the whole table, rows and columns
 * (docs/decisions/0012), counting the people behind the assessments (`people`: how many distinct
 * people took any); ops, who may read the assessments themselves, get the counts as they are.
 */
export function toAssessmentCompletion(
  audience: CompletionAudience,
  catalogue: readonly string[],
  counts: readonly CompletionCount[],
  people?: number,
): InstrumentCompletion[] {
  const codes = [...new Set([...catalogue, ...counts.map((row) => row.instrumentCode)])].sort();
  // No instrument imported yet and none taken: nothing to count (and no table to suppress).
  if (codes.length === 0) return [];
  const found = (code: string, status: string) =>
    counts.find((row) => row.instrumentCode === code && row.status === status);
  const table = codes.map((code) => ASSESSMENT_STATUSES.map((status) => found(code, status)?.count ?? 0));
  const behind = codes.map((code) =>
    ASSESSMENT_STATUSES.map((status) => {
      const row = found(code, status);
      return row?.people ?? row?.count ?? 0;
    }),
  );
  const shown =
    audience === 'sponsor'
      ? suppressTable(table, people === undefined ? {} : { people: { cells: behind, total: people } }).cells
      : table.map((row) => row.map((count) => ({ count, suppressed: null })));
  return codes.map((instrumentCode, r) => {
    const [assigned, inProgress, completed, released] = ASSESSMENT_STATUSES.map((_, c) => shown[r][c]);
    return {
      instrumentCode,
      assigned: assigned.count,
      inProgress: inProgress.count,
      completed: completed.count,
      released: released.count,
      assignedSuppression: sponsorSuppression(assigned.suppressed),
      inProgressSuppression: sponsorSuppression(inProgress.suppressed),
      completedSuppression: sponsorSuppression(completed.suppressed),
      releasedSuppression: sponsorSuppression(released.suppressed),
    };
  });
}
