import { DateTime } from 'luxon';
import {
  PARIS,
  addWorkingDays,
  parisDate,
  startOfParisDay,
  workingDaysBetween,
} from '@passerelle/shared/calendar';
import { DEFAULT_SERVICE_LEVEL_TERMS, type ServiceLevelTerms } from '@passerelle/shared/contracts';
import { suppressList, type ShownList } from '@passerelle/shared/disclosure';
import { statusAt, type PersonFacts } from './facts';

export { DEFAULT_SERVICE_LEVEL_TERMS, type ServiceLevelTerms };

/** The programme's service levels: those its terms carry, else the defaults (8, 1, 30). */
export function serviceLevelTermsOf(terms: Partial<ServiceLevelTerms> | null | undefined): ServiceLevelTerms {
  return { ...DEFAULT_SERVICE_LEVEL_TERMS, ...(terms ?? {}) };
}

/** A session as the service levels see it: who held it, how it ended, and when. */
export interface CaseloadSession {
  /** booked, cancelled, completed or no_show. */
  status: string;
  coachId: string | null;
  startsAt: Date;
  completedAt: Date | null;
}

/**
 * What the service levels need of one person of a programme: their enrolment and statuses (as the
 * committee's figures), every coach assignment, their sessions, whether they are at risk now, and
 * whether they were erased (an erased person is no one's to act on: never listed, never counted).
 */
export interface CaseloadPerson extends Pick<PersonFacts, 'key' | 'enrolledAt' | 'statusChanges'> {
  erased: boolean;
  atRisk: boolean;
  coachAssignments: readonly { coachId: string; officeId: string | null; at: Date }[];
  sessions: readonly CaseloadSession[];
}

export type BreachKind = 'first_meeting_late' | 'no_session_in_month' | 'caseload_above_term';
export type BreachUnit = 'working_days' | 'days' | 'people';

/**
 * One breach of a service level on the date: a person (their key) waiting past the time to a first
 * meeting, a person in accompaniment short of interviews over the last month, or a coach following
 * more people than the term. `since` is when it began; `by` how far past it is, in `unit`.
 */
export interface ServiceLevelBreach {
  kind: BreachKind;
  /** The person concerned; null for a coach's caseload. */
  personKey: string | null;
  /** The person's coach on the date (null while none), or the coach above the term. */
  coachId: string | null;
  since: Date;
  by: number;
  unit: BreachUnit;
}

/** Still followed on the date: invited, active (in accompaniment) or paused, not placed or exited. */
const followed = (person: CaseloadPerson, asOf: Date) =>
  !person.erased &&
  person.enrolledAt <= asOf &&
  ['invited', 'active', 'paused'].includes(statusAt(person, asOf));

const inAccompaniment = (person: CaseloadPerson, asOf: Date) =>
  !person.erased && person.enrolledAt <= asOf && ['invited', 'active'].includes(statusAt(person, asOf));

/** The person's coach on the date: their last assignment on or before it. */
export function coachAt(
  person: CaseloadPerson,
  asOf: Date,
): { coachId: string; officeId: string | null; at: Date } | null {
  let latest: CaseloadPerson['coachAssignments'][number] | null = null;
  for (const assignment of person.coachAssignments) {
    if (assignment.at > asOf) continue;
    if (!latest || assignment.at >= latest.at) latest = assignment;
  }
  return latest;
}

/** When each session the person attended ended, on or before the date, oldest first. */
const attended = (person: CaseloadPerson, asOf: Date): Date[] =>
  person.sessions
    .flatMap((s) =>
      s.status === 'completed' && s.completedAt !== null && s.completedAt <= asOf ? [s.completedAt] : [],
    )
    .sort((a, b) => a.getTime() - b.getTime());

const DAY_MS = 86_400_000;

/** The date the levels are measured on, with what every person's rules need of it (worked out once). */
interface OnDate {
  asOf: Date;
  /** Its local date in Paris. */
  day: string;
  /** The same time a calendar month before, in Paris. */
  monthAgo: Date;
}

const onDate = (asOf: Date): OnDate => ({ asOf, day: parisDate(asOf), monthAgo: monthBefore(asOf) });
const wholeDays = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);
const monthBefore = (at: Date) => DateTime.fromJSDate(at, { zone: PARIS }).minus({ months: 1 }).toJSDate();
const monthAfter = (at: Date) => DateTime.fromJSDate(at, { zone: PARIS }).plus({ months: 1 }).toJSDate();

/** The working days a person waiting for a first meeting has waited, when more than the term; else null. */
function workingDaysWaited(person: CaseloadPerson, terms: ServiceLevelTerms, on: OnDate): number | null {
  if (!inAccompaniment(person, on.asOf) || attended(person, on.asOf).length > 0) return null;
  const waited = workingDaysBetween(parisDate(person.enrolledAt), on.day);
  return waited > terms.firstMeetingWorkingDays ? waited : null;
}

/** The sessions attended by a person short of interviews over the last month, oldest first; else null. */
function shortOfInterviews(person: CaseloadPerson, terms: ServiceLevelTerms, on: OnDate): Date[] | null {
  if (!inAccompaniment(person, on.asOf)) return null;
  const sessions = attended(person, on.asOf);
  if (sessions.length === 0 || sessions[0] > on.monthAgo) return null;
  const lastMonth = sessions.filter((at) => at > on.monthAgo).length;
  return lastMonth < terms.sessionsPerMonth ? sessions : null;
}

/**
 * Waiting past the time to a first meeting: in accompaniment on the date, no session attended yet,
 * and more working days (Paris, French public holidays off) since the enrolment day than the term.
 * The breach begins on the first working day past the term; `by` counts the working days past it.
 */
function firstMeetingBreach(
  person: CaseloadPerson,
  terms: ServiceLevelTerms,
  on: OnDate,
): ServiceLevelBreach | null {
  const { asOf } = on;
  const waited = workingDaysWaited(person, terms, on);
  if (waited === null) return null;
  const enrolled = parisDate(person.enrolledAt);
  return {
    kind: 'first_meeting_late',
    personKey: person.key,
    coachId: coachAt(person, asOf)?.coachId ?? null,
    since: startOfParisDay(addWorkingDays(enrolled, terms.firstMeetingWorkingDays + 1)),
    by: waited - terms.firstMeetingWorkingDays,
    unit: 'working_days',
  };
}

/**
 * Short of interviews: in accompaniment on the date, a first meeting a month or more ago, and fewer
 * sessions attended over the last month (Paris calendar month) than the term. It began a month
 * after the last of the sessions the term needs (the first meeting when they had fewer); `by`
 * counts the days since.
 */
function sessionsBreach(
  person: CaseloadPerson,
  terms: ServiceLevelTerms,
  on: OnDate,
): ServiceLevelBreach | null {
  const { asOf } = on;
  const sessions = shortOfInterviews(person, terms, on);
  if (sessions === null) return null;
  // The window last held enough sessions a month after the `sessionsPerMonth`-th most recent one.
  const needed = sessions[Math.max(0, sessions.length - terms.sessionsPerMonth)];
  const since = monthAfter(needed);
  return {
    kind: 'no_session_in_month',
    personKey: person.key,
    coachId: coachAt(person, asOf)?.coachId ?? null,
    since,
    by: wholeDays(since, asOf),
    unit: 'days',
  };
}

/** Each coach's caseload on the date: the people still followed (paused included) they are assigned. */
export function caseloads(
  people: readonly CaseloadPerson[],
  asOf: Date,
): Map<string, { person: CaseloadPerson; since: Date; officeId: string | null }[]> {
  const byCoach = new Map<string, { person: CaseloadPerson; since: Date; officeId: string | null }[]>();
  for (const person of people) {
    if (!followed(person, asOf)) continue;
    const coach = coachAt(person, asOf);
    if (!coach) continue;
    const list = byCoach.get(coach.coachId) ?? [];
    list.push({ person, since: coach.at, officeId: coach.officeId });
    byCoach.set(coach.coachId, list);
  }
  return byCoach;
}

/**
 * Every breach of the programme's service levels on `asOf`: people waiting past the first meeting,
 * people short of interviews, coaches above the people per consultant (their caseload in this
 * programme; since the assignment that took it over the term, among the people they still follow).
 * People first (the longest overdue first), then coaches.
 */
export function serviceLevelBreaches(
  people: readonly CaseloadPerson[],
  terms: ServiceLevelTerms,
  asOf: Date,
): ServiceLevelBreach[] {
  const personal: ServiceLevelBreach[] = [];
  const on = onDate(asOf);
  for (const person of people) {
    const breach = firstMeetingBreach(person, terms, on) ?? sessionsBreach(person, terms, on);
    if (breach) personal.push(breach);
  }
  const coaches: ServiceLevelBreach[] = [];
  for (const [coachId, list] of caseloads(people, asOf)) {
    if (list.length <= terms.peoplePerConsultant) continue;
    const joined = list.map((entry) => entry.since).sort((a, b) => a.getTime() - b.getTime());
    coaches.push({
      kind: 'caseload_above_term',
      personKey: null,
      coachId,
      since: joined[terms.peoplePerConsultant],
      by: list.length - terms.peoplePerConsultant,
      unit: 'people',
    });
  }
  const order = (a: ServiceLevelBreach, b: ServiceLevelBreach) =>
    a.kind.localeCompare(b.kind) ||
    a.since.getTime() - b.since.getTime() ||
    (a.personKey ?? a.coachId ?? '').localeCompare(b.personKey ?? b.coachId ?? '');
  return [...personal.sort(order), ...coaches.sort(order)];
}

/** One coach's workload on the date, over the programme's people. */
export interface CoachWorkload {
  coachId: string;
  /** Offices of the coach's assignments in their caseload (where they follow these people from). */
  officeIds: string[];
  /** People still followed (in accompaniment or paused). */
  caseload: number;
  /** People above the term (0 within it). */
  aboveTermBy: number;
  /** Sessions the coach held (attended) over the last `weeks` weeks, a week on average (1 decimal). */
  sessionsPerWeek: number;
  /** Sessions the coach had whose person did not come, over the same weeks. */
  noShows: number;
  /** People of the caseload flagged at risk (as pathway flags them now: the read model keeps no history). */
  atRisk: number;
}

/** The weeks the workload's sessions and no-shows are counted over. */
export const WORKLOAD_WEEKS = 4;

/**
 * The coach workload view on `asOf`: each coach with a caseload in the programme or a session in
 * the last four weeks, the heaviest caseload first.
 */
export function coachWorkloads(
  people: readonly CaseloadPerson[],
  terms: ServiceLevelTerms,
  asOf: Date,
): CoachWorkload[] {
  const from = new Date(asOf.getTime() - WORKLOAD_WEEKS * 7 * DAY_MS);
  const rows = new Map<string, CoachWorkload & { offices: Set<string>; held: number }>();
  const row = (coachId: string) => {
    let found = rows.get(coachId);
    if (!found) {
      found = {
        coachId,
        officeIds: [],
        caseload: 0,
        aboveTermBy: 0,
        sessionsPerWeek: 0,
        noShows: 0,
        atRisk: 0,
        offices: new Set(),
        held: 0,
      };
      rows.set(coachId, found);
    }
    return found;
  };
  for (const [coachId, list] of caseloads(people, asOf)) {
    const found = row(coachId);
    found.caseload = list.length;
    found.atRisk = list.filter((entry) => entry.person.atRisk).length;
    for (const entry of list) if (entry.officeId) found.offices.add(entry.officeId);
  }
  for (const person of people) {
    for (const session of person.sessions) {
      if (!session.coachId) continue;
      if (
        session.status === 'completed' &&
        session.completedAt &&
        session.completedAt > from &&
        session.completedAt <= asOf
      )
        row(session.coachId).held += 1;
      if (session.status === 'no_show' && session.startsAt > from && session.startsAt <= asOf)
        row(session.coachId).noShows += 1;
    }
  }
  return [...rows.values()]
    .map(({ offices, held, ...workload }) => ({
      ...workload,
      officeIds: [...offices].sort(),
      aboveTermBy: Math.max(0, workload.caseload - terms.peoplePerConsultant),
      sessionsPerWeek: Math.round((held / WORKLOAD_WEEKS) * 10) / 10,
    }))
    .sort((a, b) => b.caseload - a.caseload || a.coachId.localeCompare(b.coachId));
}

export const SUMMARY_KEYS = ['first_meeting_late', 'no_session_in_month', 'within_levels'] as const;
export type SummaryKey = (typeof SUMMARY_KEYS)[number];

/**
 * What a sponsor and the committee may see of the breaches: the people in accompaniment on the date
 * split into waiting past the first meeting, short of interviews, and within the levels (each
 * person in one), through the one suppression rule (docs/decisions/0012). No coach is counted: a
 * caseload above the term is the firm's to manage, and a count of one coach would point at them.
 */
export function serviceLevelSummary(
  people: readonly CaseloadPerson[],
  terms: ServiceLevelTerms,
  asOf: Date,
): ShownList<SummaryKey> {
  const counts: Record<SummaryKey, number> = {
    first_meeting_late: 0,
    no_session_in_month: 0,
    within_levels: 0,
  };
  const on = onDate(asOf);
  for (const person of people) {
    if (!inAccompaniment(person, asOf)) continue;
    // Only the standing: no date worked out for each breach (those are the slow part).
    const standing: SummaryKey =
      workingDaysWaited(person, terms, on) !== null
        ? 'first_meeting_late'
        : shortOfInterviews(person, terms, on) !== null
          ? 'no_session_in_month'
          : 'within_levels';
    counts[standing] += 1;
  }
  return suppressList(SUMMARY_KEYS.map((key) => ({ key, count: counts[key] })));
}
