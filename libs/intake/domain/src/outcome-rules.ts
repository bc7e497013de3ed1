import type { OutcomeCategory } from '@passerelle/shared/contracts';

/** What an outcome says, as the end-of-programme report needs it. */
export interface OutcomeFacts {
  category: OutcomeCategory;
  /** yyyy-mm-dd. */
  outcomeDate: string;
  employerName: string | null;
  contractMonths: number | null;
}

export interface OutcomeIssue {
  field: keyof OutcomeFacts;
  message: string;
}

const EMPLOYMENT: readonly OutcomeCategory[] = [
  'permanent_contract',
  'fixed_term_6_months_or_more',
  'short_fixed_term_or_temporary',
];

/** A contract signed now may start a little later; further ahead it is not an outcome yet. */
export const MAX_DAYS_AHEAD = 92;

/**
 * The rules of the report's categories: a job names its employer; a fixed term says how long it
 * lasts and falls on the right side of six months; a permanent contract has no end.
 */
export function outcomeIssues(facts: OutcomeFacts, today: string): OutcomeIssue[] {
  const issues: OutcomeIssue[] = [];
  if (EMPLOYMENT.includes(facts.category) && !facts.employerName) {
    issues.push({ field: 'employerName', message: 'a job outcome names its employer' });
  }
  if (facts.category === 'fixed_term_6_months_or_more') {
    if (facts.contractMonths === null) {
      issues.push({
        field: 'contractMonths',
        message: 'a fixed-term contract says how many months it lasts',
      });
    } else if (facts.contractMonths < 6) {
      issues.push({
        field: 'contractMonths',
        message: `${facts.contractMonths} months is shorter than 6: record it as SHORT_FIXED_TERM_OR_TEMPORARY`,
      });
    }
  }
  if (
    facts.category === 'short_fixed_term_or_temporary' &&
    facts.contractMonths !== null &&
    facts.contractMonths >= 6
  ) {
    issues.push({
      field: 'contractMonths',
      message: `${facts.contractMonths} months is 6 or more: record it as FIXED_TERM_6_MONTHS_OR_MORE`,
    });
  }
  if (facts.category === 'permanent_contract' && facts.contractMonths !== null) {
    issues.push({ field: 'contractMonths', message: 'a permanent contract has no length' });
  }
  const latest = addDays(today, MAX_DAYS_AHEAD);
  if (facts.outcomeDate > latest) {
    issues.push({ field: 'outcomeDate', message: `an outcome dated after ${latest} is not an outcome yet` });
  }
  return issues;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Versions of the privacy notice a person can consent to; a new notice needs a new consent. */
export const PRIVACY_NOTICE_VERSIONS = ['2026.1'] as const;
export const CURRENT_PRIVACY_NOTICE = '2026.1';
