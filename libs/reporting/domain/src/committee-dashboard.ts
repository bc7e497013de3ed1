import { OUTCOME_CATEGORIES, type OutcomeCategory } from '@passerelle/shared/contracts';
import {
  resolveK,
  suppressList,
  suppressTable,
  type ShownCount,
  type Suppression,
} from '@passerelle/shared/disclosure';
import {
  COMMITTEE_STATUSES,
  DIMENSIONS,
  committeeStatus,
  firstMeetingAt,
  leftAt,
  outcomeAt,
  statusAt,
  type CommitteeStatus,
  type Dimension,
  type OfferDecision,
  type PersonFacts,
  type ProgrammeFacts,
} from './facts';
import { monthOf, monthsBetween } from './months';

/** A mean over people: hidden (small_population) when fewer than k people are behind it. */
export interface ShownAverage {
  value: number | null;
  suppressed: Suppression | null;
}

export interface OutcomeFigure extends ShownCount {
  category: OutcomeCategory;
  /** The programme's target share for the category, and what it is in people of the headcount. */
  targetPercent: number | null;
  targetPeople: number | null;
}

/** A breakdown's row: one value of the dimension (null: the HR file did not say), people per status. */
export interface BreakdownRow {
  label: string | null;
  cells: (ShownCount & { status: CommitteeStatus })[];
  total: ShownCount;
}

export interface Breakdown {
  dimension: Dimension;
  rows: BreakdownRow[];
  /** People per status over the rows; empty for a one-row breakdown (its cells say it). */
  columnTotals: (ShownCount & { status: CommitteeStatus })[];
  total: ShownCount;
}

export const MONTH_COLUMNS = ['enrolled', 'firstMeetings', 'outcomesRecorded', 'left'] as const;
export type MonthColumn = (typeof MONTH_COLUMNS)[number];

export interface MonthRow {
  month: string;
  cells: (ShownCount & { column: MonthColumn })[];
}

/** What the commission de suivi is shown for a programme on a date: aggregates only. */
export interface CommitteeDashboard {
  k: number;
  asOf: Date;
  /** The people the plan concerns: the contracted headcount (a term of the plan, not a count of people's data). */
  peopleConcerned: number;
  /** People who adhered (enrolled) by `asOf`: the statuses' total. */
  adhering: ShownCount;
  statuses: (ShownCount & { status: CommitteeStatus })[];
  outcomes: OutcomeFigure[];
  /** People with an outcome recorded. */
  outcomesTotal: ShownCount;
  /** People with no outcome yet: with the categories, they add up to the people adhering. */
  withoutOutcome: ShownCount;
  offers: {
    /** Valid job offers (OVE) made: the decisions' total. */
    proposed: ShownCount;
    decisions: (ShownCount & { decision: OfferDecision })[];
    /** Offers made per adhering person. */
    perPerson: ShownAverage;
  };
  /** Calendar days from enrolment to the first session attended, on average over those who had one. */
  daysToFirstMeeting: ShownAverage;
  /** Sessions attended per person per month of accompaniment (enrolment to exit, or `asOf`). */
  sessionsPerPersonPerMonth: ShownAverage;
  breakdowns: Breakdown[];
  /** Month by month from the first enrolment to `asOf`: the trends. */
  months: MonthRow[];
}

const DAY_MS = 86_400_000;
/** An average month (365.25 / 12 days). */
const MONTH_MS = 30.4375 * DAY_MS;
const OFFER_DECISIONS: readonly OfferDecision[] = ['accepted', 'refused', 'pending'];

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const shownAverage = (people: number, k: number, value: () => number): ShownAverage =>
  people >= k ? { value: value(), suppressed: null } : { value: null, suppressed: 'small_population' };

/**
 * The committee's figures for one programme on `asOf`, from the facts the read model holds: what
 * was true on that date (later events are left out), every count through the platform's one
 * suppression rule (`suppressList`, `suppressTable`: k of at least 5 with complementary
 * suppression), every average over fewer than k people hidden.
 */
export function committeeDashboard(input: {
  programme: ProgrammeFacts;
  people: readonly PersonFacts[];
  asOf: Date;
  k?: number | null;
}): CommitteeDashboard {
  const { programme, asOf } = input;
  const k = resolveK(input.k);
  const people = input.people.filter((person) => person.enrolledAt <= asOf);
  const statusOf = new Map(people.map((person) => [person, committeeStatus(statusAt(person, asOf))]));
  // What months and averages both need, worked out once per person.
  const firstMeetingOf = new Map(people.map((person) => [person, firstMeetingAt(person, asOf)]));
  const leftAtOf = new Map(people.map((person) => [person, leftAt(person, asOf)]));

  const statusList = suppressList(
    COMMITTEE_STATUSES.map((status) => ({
      key: status,
      count: people.filter((person) => statusOf.get(person) === status).length,
    })),
    { k },
  );

  const outcomeOf = new Map(people.map((person) => [person, outcomeAt(person, asOf)]));
  // One list over everyone adhering (no outcome yet is a category of its own), so that a small
  // programme's zeros say nothing of its few people either.
  const outcomeList = suppressList(
    [
      ...OUTCOME_CATEGORIES.map((category) => ({
        key: category,
        count: people.filter((person) => outcomeOf.get(person) === category).length,
      })),
      { key: 'none' as const, count: people.filter((person) => outcomeOf.get(person) === null).length },
    ],
    { k },
  );
  const withOutcome = people.filter((person) => outcomeOf.get(person) !== null).length;
  const withoutOutcomeCell: ShownCount = outcomeList.cells.find((cell) => cell.key === 'none') ?? {
    count: null,
    suppressed: 'small_population',
  };
  const targets = new Map(programme.outcomeTargets.map((target) => [target.category, target.sharePercent]));

  const offers = people.flatMap((person) =>
    person.offers
      .filter((offer) => offer.loggedAt <= asOf)
      .map((offer) => ({
        person,
        decision: offer.decidedAt && offer.decidedAt <= asOf ? offer.decision : ('pending' as const),
      })),
  );
  const offerList = suppressList(
    OFFER_DECISIONS.map((decision) => {
      const made = offers.filter((offer) => offer.decision === decision);
      return { key: decision, count: made.length, people: new Set(made.map((offer) => offer.person)).size };
    }),
    { k, people: new Set(offers.map((offer) => offer.person)).size },
  );
  const perPerson: ShownAverage =
    offerList.total.suppressed === null && statusList.total.suppressed === null && people.length >= k
      ? { value: round(offers.length / people.length, 2), suppressed: null }
      : { value: null, suppressed: 'small_population' };

  const waits = people.flatMap((person) => {
    const first = firstMeetingOf.get(person);
    return first ? [(first.getTime() - person.enrolledAt.getTime()) / DAY_MS] : [];
  });
  const daysToFirstMeeting = shownAverage(waits.length, k, () =>
    round(waits.reduce((a, b) => a + b, 0) / waits.length, 1),
  );

  const sessions = people.reduce(
    (n, person) => n + person.sessionsCompletedAt.filter((at) => at <= asOf).length,
    0,
  );
  const personMonths = people.reduce((sum, person) => {
    const end = leftAtOf.get(person) ?? asOf;
    return sum + Math.max(0, end.getTime() - person.enrolledAt.getTime()) / MONTH_MS;
  }, 0);
  const sessionsPerPersonPerMonth =
    personMonths > 0
      ? shownAverage(people.length, k, () => round(sessions / personMonths, 2))
      : { value: null, suppressed: 'small_population' as const };

  const dashboard: CommitteeDashboard = {
    k,
    asOf,
    peopleConcerned: programme.headcount,
    adhering: statusList.total,
    statuses: statusList.cells.map(({ key, ...shown }) => ({ status: key, ...shown })),
    outcomes: outcomeList.cells.flatMap(({ key, ...shown }) => {
      if (key === 'none') return [];
      const share = targets.get(key) ?? null;
      return {
        category: key,
        ...shown,
        targetPercent: share,
        targetPeople: share === null ? null : Math.round((programme.headcount * share) / 100),
      };
    }),
    outcomesTotal:
      withoutOutcomeCell.suppressed === null && outcomeList.total.suppressed === null
        ? { count: withOutcome, suppressed: null }
        : { count: null, suppressed: withoutOutcomeCell.suppressed ?? outcomeList.total.suppressed },
    withoutOutcome: { count: withoutOutcomeCell.count, suppressed: withoutOutcomeCell.suppressed },
    offers: {
      proposed: offerList.total,
      decisions: offerList.cells.map(({ key, ...shown }) => ({ decision: key, ...shown })),
      perPerson,
    },
    daysToFirstMeeting,
    sessionsPerPersonPerMonth,
    breakdowns: DIMENSIONS.map((dimension) => breakdown(dimension, people, statusOf, k)),
    months: monthRows(people, asOf, k, firstMeetingOf, leftAtOf),
  };
  // A programme of 1 to k-1 people shows nothing: even its zeros (no offer, no outcome) would
  // describe each of its few people.
  return people.length > 0 && people.length < k ? hiddenAsSmall(dashboard) : dashboard;
}

/** Every count and average of a set of figures hidden as a small population (the DREETS report too). */
export function hiddenAsSmall<T>(value: T): T {
  if (Array.isArray(value)) return value.map(hiddenAsSmall) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const entries = Object.entries(value).map(([key, inner]) => [key, hiddenAsSmall(inner)]);
  const hidden = Object.fromEntries(entries) as Record<string, unknown>;
  if ('suppressed' in hidden && ('count' in hidden || 'value' in hidden)) {
    if ('count' in hidden) hidden['count'] = null;
    if ('value' in hidden) hidden['value'] = null;
    hidden['suppressed'] = 'small_population';
  }
  return hidden as T;
}

function breakdown(
  dimension: Dimension,
  people: readonly PersonFacts[],
  statusOf: ReadonlyMap<PersonFacts, CommitteeStatus>,
  k: number,
): Breakdown {
  const labels = [...new Set(people.map((person) => person.dimensions[dimension]))].sort(byLabel);
  if (labels.length === 0)
    return { dimension, rows: [], columnTotals: [], total: { count: 0, suppressed: null } };
  const counts = labels.map((label) =>
    COMMITTEE_STATUSES.map(
      (status) =>
        people.filter((person) => person.dimensions[dimension] === label && statusOf.get(person) === status)
          .length,
    ),
  );
  const table = suppressTable(counts, { k });
  return {
    dimension,
    rows: labels.map((label, r) => ({
      label,
      cells: COMMITTEE_STATUSES.map((status, c) => ({ status, ...cellOf(table.cells, r, c) })),
      total: table.rowTotals[r] ?? HIDDEN,
    })),
    columnTotals: table.columnTotals.flatMap((shown, c) => {
      const status = COMMITTEE_STATUSES[c];
      return status ? [{ status, ...shown }] : [];
    }),
    total: table.total,
  };
}

/** What suppressTable answered for a cell it was given (it answers every one). */
const HIDDEN: ShownCount = { count: null, suppressed: 'small_population' };
const cellOf = (cells: readonly (readonly ShownCount[])[], row: number, column: number): ShownCount =>
  cells[row]?.[column] ?? HIDDEN;

/** Labels in order, the unknown (null) last. */
function byLabel(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'fr');
}

function monthRows(
  people: readonly PersonFacts[],
  asOf: Date,
  k: number,
  firstMeetingOf: ReadonlyMap<PersonFacts, Date | null>,
  leftAtOf: ReadonlyMap<PersonFacts, Date | null>,
): MonthRow[] {
  if (people.length === 0) return [];
  const months = monthsBetween(
    monthOf(new Date(Math.min(...people.map((person) => person.enrolledAt.getTime())))),
    monthOf(asOf),
  );
  const at = new Map(months.map((month, row) => [month, row]));
  const counts = months.map(() => MONTH_COLUMNS.map(() => 0));
  const add = (when: Date | null, column: MonthColumn) => {
    const row = when ? counts[at.get(monthOf(when)) ?? -1] : undefined;
    if (row) row[MONTH_COLUMNS.indexOf(column)] = (row[MONTH_COLUMNS.indexOf(column)] ?? 0) + 1;
  };
  for (const person of people) {
    add(person.enrolledAt, 'enrolled');
    add(firstMeetingOf.get(person) ?? null, 'firstMeetings');
    const current = [...person.outcomes]
      .filter((outcome) => outcome.recordedAt <= asOf)
      .sort((a, b) => b.recordedAt.getTime() - a.recordedAt.getTime())[0];
    add(current?.recordedAt ?? null, 'outcomesRecorded');
    add(leftAtOf.get(person) ?? null, 'left');
  }
  const table = suppressTable(counts, { k });
  return months.map((month, r) => ({
    month,
    cells: MONTH_COLUMNS.map((column, c) => ({ column, ...cellOf(table.cells, r, c) })),
  }));
}
