import type { CandidateStatus, OutcomeCategory, StatusChangeReason } from '@passerelle/shared/contracts';

/** What a person's coach or ops ask for: a pause, a return, an exit, or a reinstatement. */
export interface StatusChangeRequest {
  to: CandidateStatus;
  reason: StatusChangeReason;
  /** yyyy-mm-dd; a pause says when the person is expected back. */
  expectedReturnOn: string | null;
  note: string | null;
}

export interface StatusChangeIssue {
  field: 'status' | 'reason' | 'expectedReturnOn' | 'note';
  message: string;
}

export const PAUSE_REASONS: readonly StatusChangeReason[] = [
  'illness',
  'training',
  'parental_leave',
  'other_leave',
];
export const EXIT_REASONS: readonly StatusChangeReason[] = ['end_of_programme', 'withdrawal', 'retirement'];

/** A pause longer than this is an exit in all but name: the programme would end meanwhile. */
export const MAX_PAUSE_DAYS = 366;

/** Who may ask for a change: a pause and a return are the coach's call too; exits are ops'. */
export function changeNeedsOps(request: Pick<StatusChangeRequest, 'to'>, from: CandidateStatus): boolean {
  return request.to === 'exited' || from === 'exited' || from === 'placed';
}

/**
 * The lifecycle's rules for a change asked by a person (automatic ones are `activation` and
 * `statusAfterOutcome`):
 * - invited or active -> paused, for a leave reason, until a date after today (within a year);
 * - paused -> active, the person is back (`returned`);
 * - exited or placed -> active, reinstated by ops with a note saying why (the change is undone);
 * - anyone not yet exited -> exited, for an exit reason;
 * - placed only comes from an outcome, invited never comes back.
 */
export function statusChangeIssues(
  from: CandidateStatus,
  request: StatusChangeRequest,
  today: string,
): StatusChangeIssue[] {
  const issues: StatusChangeIssue[] = [];
  const reasonMustBe = (allowed: readonly StatusChangeReason[]) => {
    if (!allowed.includes(request.reason)) {
      issues.push({ field: 'reason', message: `reason must be one of ${allowed.join(', ')}` });
    }
  };
  switch (request.to) {
    case 'paused':
      if (from !== 'invited' && from !== 'active') {
        issues.push({ field: 'status', message: `a person ${from} cannot be paused` });
      }
      reasonMustBe(PAUSE_REASONS);
      if (request.expectedReturnOn === null) {
        issues.push({ field: 'expectedReturnOn', message: 'a pause says when the person is expected back' });
      } else if (request.expectedReturnOn <= today) {
        issues.push({ field: 'expectedReturnOn', message: 'the expected return must be after today' });
      } else if (daysBetween(today, request.expectedReturnOn) > MAX_PAUSE_DAYS) {
        issues.push({ field: 'expectedReturnOn', message: `a pause lasts at most ${MAX_PAUSE_DAYS} days` });
      }
      break;
    case 'active':
      if (from === 'paused') reasonMustBe(['returned']);
      else if (from === 'exited' || from === 'placed') {
        reasonMustBe(['reinstated']);
        if (!request.note) issues.push({ field: 'note', message: 'say why the person is reinstated' });
      } else issues.push({ field: 'status', message: `a person ${from} is not paused, exited or placed` });
      break;
    case 'exited':
      if (from === 'exited') issues.push({ field: 'status', message: 'the person has already exited' });
      reasonMustBe(EXIT_REASONS);
      break;
    case 'placed':
    case 'invited':
      issues.push({
        field: 'status',
        message: `status ${request.to} is not asked for: placed comes from an outcome, invited from enrolment`,
      });
  }
  if (request.to !== 'paused' && request.expectedReturnOn !== null) {
    issues.push({ field: 'expectedReturnOn', message: 'only a pause has an expected return' });
  }
  return issues;
}

/** The first sign-in or first session makes an invited person active; nothing else changes. */
export function activation(from: CandidateStatus): CandidateStatus | null {
  return from === 'invited' ? 'active' : null;
}

/** Outcomes that end the search: a job of six months or more, a business, a qualifying training. */
const PLACEMENTS: readonly OutcomeCategory[] = [
  'permanent_contract',
  'fixed_term_6_months_or_more',
  'business_creation',
  'training',
];

/**
 * The status an outcome leads to, or null when it changes nothing. A placement places anyone but
 * an exited person; retirement is an exit; a correction back to a search (still searching, a short
 * contract, other) makes a placed person active again. A paused person stays paused unless placed.
 */
export function statusAfterOutcome(
  from: CandidateStatus,
  category: OutcomeCategory,
): { to: CandidateStatus; reason: StatusChangeReason } | null {
  if (from === 'exited') return null;
  if (PLACEMENTS.includes(category))
    return from === 'placed' ? null : { to: 'placed', reason: 'outcome_recorded' };
  if (category === 'retirement') return { to: 'exited', reason: 'retirement' };
  if (from === 'placed') return { to: 'active', reason: 'outcome_corrected' };
  return null;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
