/**
 * A person's job applications: what they record, which status may follow which, when a follow-up
 * is due, and when an answered offer is one the coach should log in intake as a valid job offer
 * (OVE, offre valable d'emploi). Pure rules: dates are calendar dates (`yyyy-mm-dd`) and "today" is
 * an input, the day in Paris the service clock gives.
 */
import {
  APPLICATION_CHANNELS,
  APPLICATION_STATUSES,
  type ApplicationChannel,
  type ApplicationStatus,
} from '@passerelle/shared/contracts';
import { normaliseOccupationCode } from './occupation-code';

// The channels and statuses are the events' (ApplicationRecorded, ApplicationStatusChanged).
export {
  APPLICATION_CHANNELS,
  APPLICATION_STATUSES,
  type ApplicationChannel,
  type ApplicationStatus,
} from '@passerelle/shared/contracts';

/**
 * What may follow what. An application starts `sent`; an employer may answer late (after
 * `no_answer`); there may be several interviews (recorded once each, `interview` after
 * `interview`); `refused` after `offer` is the person turning the offer down. `refused`,
 * `accepted` and `withdrawn` end the application.
 */
export const NEXT_STATUSES: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  sent: ['interview', 'offer', 'refused', 'no_answer', 'withdrawn'],
  no_answer: ['interview', 'offer', 'refused', 'withdrawn'],
  interview: ['interview', 'offer', 'refused', 'no_answer', 'withdrawn'],
  offer: ['accepted', 'refused', 'withdrawn'],
  refused: [],
  accepted: [],
  withdrawn: [],
};

export const DEFAULT_FOLLOW_UP_DAYS = 10;
export const MIN_FOLLOW_UP_DAYS = 1;
export const MAX_FOLLOW_UP_DAYS = 60;
export const MAX_APPLICATION_TEXT = 200;
export const MAX_APPLICATION_NOTES = 4000;

/** Why a change to an application is refused; the message is shown as written. */
export type ApplicationRefusal =
  | { code: 'invalid_input'; field: string; message: string }
  | { code: 'transition_not_allowed'; from: ApplicationStatus; to: ApplicationStatus; message: string }
  | { code: 'date_goes_backwards'; field: string; message: string };

export type ApplicationCheck<T> = { ok: true; value: T } | { ok: false; refusal: ApplicationRefusal };

const ok = <T>(value: T): ApplicationCheck<T> => ({ ok: true, value });
const invalid = <T>(field: string, message: string): ApplicationCheck<T> => ({
  ok: false,
  refusal: { code: 'invalid_input', field, message },
});

// ---- calendar dates -------------------------------------------------------------------------

const DAY_MS = 86_400_000;
// en-CA writes yyyy-mm-dd; one formatter for every call (making one costs far more than using it).
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of an instant in Paris, where the people concerned live their days. */
export function parisDay(at: Date): string {
  return PARIS_DAY.format(at);
}

/** Null when `date` is a real calendar date `yyyy-mm-dd`, else why not. */
export function calendarDateProblem(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `"${date}" is not a date (yyyy-mm-dd)`;
  const parsed = new Date(`${date}T00:00:00.000Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return `"${date}" is not a calendar date`;
  }
  return null;
}

export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00.000Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** A day something happened: a calendar date, not after today. */
function pastDay(field: string, date: string, today: string): ApplicationCheck<string> {
  const problem = calendarDateProblem(date);
  if (problem !== null) return invalid(field, problem);
  if (date > today) return invalid(field, `${date} is in the future (today is ${today})`);
  return ok(date);
}

// ---- recording ------------------------------------------------------------------------------

/** What the person (or their coach) types when recording an application. */
export interface ApplicationDraft {
  company: string;
  jobTitle: string;
  sentOn: string;
  channel: string;
  /** Matching's offer (lead or suggestion) the application answers; null for one found elsewhere. */
  offerId: string | null;
  /** ROME code of the job, e.g. N1103; null when not known. */
  occupationCode: string | null;
  notes: string | null;
  /** Days without an answer before a reminder; null for the default. */
  followUpDays: number | null;
}

export interface ApplicationFields {
  company: string;
  jobTitle: string;
  sentOn: string;
  channel: ApplicationChannel;
  offerId: string | null;
  occupationCode: string | null;
  notes: string | null;
  followUpDays: number;
}

function requiredText(field: string, value: string): ApplicationCheck<string> {
  const trimmed = value.trim();
  if (!trimmed) return invalid(field, 'required');
  if (trimmed.length > MAX_APPLICATION_TEXT)
    return invalid(field, `at most ${MAX_APPLICATION_TEXT} characters`);
  return ok(trimmed);
}

/** Notes are optional: blank is none, at most 4000 characters. */
export function applicationNotes(notes: string | null): ApplicationCheck<string | null> {
  const trimmed = notes?.trim() ?? '';
  if (!trimmed) return ok(null);
  if (trimmed.length > MAX_APPLICATION_NOTES)
    return invalid('notes', `at most ${MAX_APPLICATION_NOTES} characters`);
  return ok(trimmed);
}

/** The person chooses how long to wait for an answer: whole days, 1 to 60, 10 when not said. */
export function followUpDelay(days: number | null): ApplicationCheck<number> {
  if (days === null) return ok(DEFAULT_FOLLOW_UP_DAYS);
  if (!Number.isInteger(days) || days < MIN_FOLLOW_UP_DAYS || days > MAX_FOLLOW_UP_DAYS) {
    return invalid(
      'followUpDays',
      `a whole number of days from ${MIN_FOLLOW_UP_DAYS} to ${MAX_FOLLOW_UP_DAYS} (${DEFAULT_FOLLOW_UP_DAYS} when not said)`,
    );
  }
  return ok(days);
}

/** A new application, checked field by field (the first problem is the one reported). */
export function recordedApplication(
  draft: ApplicationDraft,
  today: string,
): ApplicationCheck<ApplicationFields> {
  const company = requiredText('company', draft.company);
  if (!company.ok) return company;
  const jobTitle = requiredText('jobTitle', draft.jobTitle);
  if (!jobTitle.ok) return jobTitle;
  const sentOn = pastDay('sentOn', draft.sentOn, today);
  if (!sentOn.ok) return sentOn;
  if (!(APPLICATION_CHANNELS as readonly string[]).includes(draft.channel)) {
    return invalid('channel', `one of ${APPLICATION_CHANNELS.join(', ')}`);
  }
  const typedCode = draft.occupationCode?.trim() ? draft.occupationCode : null;
  const occupationCode = typedCode === null ? null : normaliseOccupationCode(typedCode);
  if (typedCode !== null && occupationCode === null) {
    return invalid('occupationCode', 'a ROME code: a letter from A to N and four digits, e.g. N1103');
  }
  const offerId = draft.offerId?.trim() || null;
  const notes = applicationNotes(draft.notes);
  if (!notes.ok) return notes;
  const followUpDays = followUpDelay(draft.followUpDays);
  if (!followUpDays.ok) return followUpDays;
  return ok({
    company: company.value,
    jobTitle: jobTitle.value,
    sentOn: sentOn.value,
    channel: draft.channel as ApplicationChannel,
    offerId,
    occupationCode,
    notes: notes.value,
    followUpDays: followUpDays.value,
  });
}

// ---- status changes -------------------------------------------------------------------------

/** One entry of an application's history: a status and the day it took effect. */
export interface StatusStep {
  status: ApplicationStatus;
  changedOn: string;
}

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

/**
 * A status change against the history so far (oldest first, starting with `sent` on the day sent):
 * it must be allowed after the current status, on a real day not in the future, and not before
 * the last change (dates never go backwards).
 */
export function statusChange(
  history: readonly StatusStep[],
  to: string,
  changedOn: string,
  today: string,
): ApplicationCheck<StatusStep> {
  const current = history[history.length - 1];
  if (current === undefined) throw new Error('an application has a history from the day it was sent');
  if (!isApplicationStatus(to)) return invalid('status', `one of ${APPLICATION_STATUSES.join(', ')}`);
  const day = pastDay('changedOn', changedOn, today);
  if (!day.ok) return day;
  if (!NEXT_STATUSES[current.status].includes(to)) {
    const allowed = NEXT_STATUSES[current.status];
    return {
      ok: false,
      refusal: {
        code: 'transition_not_allowed',
        from: current.status,
        to,
        message:
          allowed.length === 0
            ? `the application is ${current.status}: it is closed, its status no longer changes`
            : `after ${current.status} comes ${allowed.join(', ')}, not ${to}`,
      },
    };
  }
  if (changedOn < current.changedOn) {
    return {
      ok: false,
      refusal: {
        code: 'date_goes_backwards',
        field: 'changedOn',
        message: `${changedOn} is before the last change (${current.status} on ${current.changedOn})`,
      },
    };
  }
  return ok({ status: to, changedOn });
}

// ---- follow-up ------------------------------------------------------------------------------

/** When to remind the person: the delay after the day sent, while no answer has come (`sent`). */
export function followUpDueOn(
  status: ApplicationStatus,
  sentOn: string,
  followUpDays: number,
): string | null {
  return status === 'sent' ? addDays(sentOn, followUpDays) : null;
}

/** What the sweep knows of an application. */
export interface FollowUpState {
  status: ApplicationStatus;
  followUpDueOn: string | null;
  /** The due date a reminder was last emitted for; null when none was. */
  followUpSentFor: string | null;
}

/** A reminder is due once per due date: still `sent`, the day reached, not already reminded for it. */
export function isFollowUpDue(state: FollowUpState, today: string): boolean {
  return (
    state.status === 'sent' &&
    state.followUpDueOn !== null &&
    state.followUpDueOn <= today &&
    state.followUpSentFor !== state.followUpDueOn
  );
}

// ---- valid job offers -----------------------------------------------------------------------

/** What the coach needs to log an answered offer in intake's OVE register. */
export interface OveToLog {
  /** The day the offer was made (the `offer` step). */
  offeredOn: string;
  decision: 'accepted' | 'refused';
  decidedOn: string;
}

/**
 * An offer the person accepted or turned down may be a valid job offer under the programme's
 * terms: the coach is asked to log it in intake (who checks it against the definition). Null for
 * any other history.
 */
export function oveToLog(history: readonly StatusStep[]): OveToLog | null {
  const last = history[history.length - 1];
  const before = history[history.length - 2];
  if (last === undefined || before === undefined || before.status !== 'offer') return null;
  if (last.status !== 'accepted' && last.status !== 'refused') return null;
  return { offeredOn: before.changedOn, decision: last.status, decidedOn: last.changedOn };
}

// ---- counts ---------------------------------------------------------------------------------

export interface ApplicationCounts {
  /** Every application recorded (each was sent). */
  sent: number;
  /** Applications that reached an interview. */
  interviews: number;
  /** Applications that reached an offer. */
  offers: number;
}

/** Counts over the statuses each application went through (its history, not only where it is now). */
export function applicationCounts(histories: readonly (readonly ApplicationStatus[])[]): ApplicationCounts {
  return {
    sent: histories.length,
    interviews: histories.filter((steps) => steps.includes('interview')).length,
    offers: histories.filter((steps) => steps.includes('offer')).length,
  };
}
