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
 * What the dashboard counts of a programme on a date, before any suppression: people adhering by
 * status, outcome and dimension, offers, the sums behind the averages, and events by month. The
 * read model works them out in SQL (data-access's `DashboardCountsRepository`); `dashboardCounts`
 * works them out from people's facts in memory, the reference both are tested against.
 */
export interface DashboardCounts {
  /** People who adhered (enrolled) by the date. */
  adhering: number;
  /** The first of their enrolments: where the months start. */
  firstEnrolledAt: Date | null;
  statuses: Record<CommitteeStatus, number>;
  /** People by their current outcome on the date; `none`: no outcome yet. */
  outcomes: Record<OutcomeCategory | 'none', number>;
  /** Offers logged by the date, by the answer given by the date, and the people they were made to. */
  offers: Record<OfferDecision, { offers: number; people: number }>;
  /** People with at least one offer. */
  peopleWithOffers: number;
  /** People with a first session attended, and the milliseconds from enrolment to it, summed. */
  firstMeetings: { people: number; waitMs: number };
  sessionsAttended: number;
  /** Milliseconds of accompaniment (enrolment to leaving, or the date; never below 0), summed over people. */
  accompanimentMs: number;
  /** People by each value of a dimension (null: not said) and status; only pairs someone is in. */
  breakdowns: Record<Dimension, { label: string | null; status: CommitteeStatus; people: number }[]>;
  /** People by month (yyyy-mm, Paris) of each event; only pairs with someone, any month. */
  months: { month: string; column: MonthColumn; people: number }[];
}

/** Every status, category and answer at zero: counts fill them in. */
export function emptyDashboardCounts(): DashboardCounts {
  const zeroes = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  return {
    adhering: 0,
    firstEnrolledAt: null,
    statuses: zeroes(COMMITTEE_STATUSES),
    outcomes: zeroes([...OUTCOME_CATEGORIES, 'none' as const]),
    offers: {
      accepted: { offers: 0, people: 0 },
      refused: { offers: 0, people: 0 },
      pending: { offers: 0, people: 0 },
    },
    peopleWithOffers: 0,
    firstMeetings: { people: 0, waitMs: 0 },
    sessionsAttended: 0,
    accompanimentMs: 0,
    breakdowns: { site: [], ageBand: [], sex: [], socioProfessionalCategory: [] },
    months: [],
  };
}

/**
 * The dashboard's counts from people's facts, in memory: what was true on `asOf` (later events
 * left out). The reference the SQL counts are tested against, and the unit tables' path.
 */
export function dashboardCounts(all: readonly PersonFacts[], asOf: Date): DashboardCounts {
  const counts = emptyDashboardCounts();
  const people = all.filter((person) => person.enrolledAt <= asOf);
  const offerPeople = new Map(OFFER_DECISIONS.map((decision) => [decision, new Set<PersonFacts>()]));
  const breakdowns = new Map<string, { label: string | null; status: CommitteeStatus; people: number }>();
  const months = new Map<string, { month: string; column: MonthColumn; people: number }>();
  const addMonth = (when: Date | null, column: MonthColumn) => {
    if (!when) return;
    const month = monthOf(when);
    const cell = months.get(`${month} ${column}`) ?? { month, column, people: 0 };
    cell.people += 1;
    months.set(`${month} ${column}`, cell);
  };
  for (const person of people) {
    counts.adhering += 1;
    if (!counts.firstEnrolledAt || person.enrolledAt < counts.firstEnrolledAt)
      counts.firstEnrolledAt = person.enrolledAt;
    const status = committeeStatus(statusAt(person, asOf));
    counts.statuses[status] += 1;
    counts.outcomes[outcomeAt(person, asOf) ?? 'none'] += 1;

    let offered = false;
    for (const offer of person.offers) {
      if (offer.loggedAt > asOf) continue;
      const decision = offer.decidedAt && offer.decidedAt <= asOf ? offer.decision : 'pending';
      counts.offers[decision].offers += 1;
      offerPeople.get(decision)?.add(person);
      offered = true;
    }
    if (offered) counts.peopleWithOffers += 1;

    const first = firstMeetingAt(person, asOf);
    if (first) {
      counts.firstMeetings.people += 1;
      counts.firstMeetings.waitMs += first.getTime() - person.enrolledAt.getTime();
    }
    counts.sessionsAttended += person.sessionsCompletedAt.filter((at) => at <= asOf).length;
    const left = leftAt(person, asOf);
    counts.accompanimentMs += Math.max(0, (left ?? asOf).getTime() - person.enrolledAt.getTime());

    for (const dimension of DIMENSIONS) {
      const label = person.dimensions[dimension];
      const key = JSON.stringify([dimension, status, label]);
      const cell = breakdowns.get(key) ?? { label, status, people: 0 };
      cell.people += 1;
      if (cell.people === 1) counts.breakdowns[dimension].push(cell);
      breakdowns.set(key, cell);
    }

    addMonth(person.enrolledAt, 'enrolled');
    addMonth(first, 'firstMeetings');
    const current = [...person.outcomes]
      .filter((outcome) => outcome.recordedAt <= asOf)
      .sort((a, b) => b.recordedAt.getTime() - a.recordedAt.getTime())[0];
    addMonth(current?.recordedAt ?? null, 'outcomesRecorded');
    addMonth(left, 'left');
  }
  for (const decision of OFFER_DECISIONS)
    counts.offers[decision].people = offerPeople.get(decision)?.size ?? 0;
  counts.months = [...months.values()];
  return counts;
}

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
  return committeeDashboardFromCounts({ ...input, counts: dashboardCounts(input.people, input.asOf) });
}

/**
 * The committee's figures from the counts of a programme on `asOf` (worked out in SQL or in
 * memory): every count through the platform's one suppression rule, every average over fewer than
 * k people hidden, a programme of 1 to k-1 people shown as nothing.
 */
export function committeeDashboardFromCounts(input: {
  programme: ProgrammeFacts;
  counts: DashboardCounts;
  asOf: Date;
  k?: number | null;
}): CommitteeDashboard {
  const { programme, counts, asOf } = input;
  const k = resolveK(input.k);
  const people = counts.adhering;

  const statusList = suppressList(
    COMMITTEE_STATUSES.map((status) => ({ key: status, count: counts.statuses[status] })),
    { k },
  );

  // One list over everyone adhering (no outcome yet is a category of its own), so that a small
  // programme's zeros say nothing of its few people either.
  const outcomeList = suppressList(
    [
      ...OUTCOME_CATEGORIES.map((category) => ({ key: category, count: counts.outcomes[category] })),
      { key: 'none' as const, count: counts.outcomes.none },
    ],
    { k },
  );
  const withOutcome = people - counts.outcomes.none;
  const withoutOutcomeCell: ShownCount = outcomeList.cells.find((cell) => cell.key === 'none') ?? {
    count: null,
    suppressed: 'small_population',
  };
  const targets = new Map(programme.outcomeTargets.map((target) => [target.category, target.sharePercent]));

  const offerList = suppressList(
    OFFER_DECISIONS.map((decision) => ({
      key: decision,
      count: counts.offers[decision].offers,
      people: counts.offers[decision].people,
    })),
    { k, people: counts.peopleWithOffers },
  );
  const offersMade = OFFER_DECISIONS.reduce((n, decision) => n + counts.offers[decision].offers, 0);
  const perPerson: ShownAverage =
    offerList.total.suppressed === null && statusList.total.suppressed === null && people >= k
      ? { value: round(offersMade / people, 2), suppressed: null }
      : { value: null, suppressed: 'small_population' };

  const { firstMeetings } = counts;
  const daysToFirstMeeting = shownAverage(firstMeetings.people, k, () =>
    round(firstMeetings.waitMs / DAY_MS / firstMeetings.people, 1),
  );

  const personMonths = counts.accompanimentMs / MONTH_MS;
  const sessionsPerPersonPerMonth =
    personMonths > 0
      ? shownAverage(people, k, () => round(counts.sessionsAttended / personMonths, 2))
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
    breakdowns: DIMENSIONS.map((dimension) => breakdown(dimension, counts.breakdowns[dimension], k)),
    months: monthRows(counts, asOf, k),
  };
  // A programme of 1 to k-1 people shows nothing: even its zeros (no offer, no outcome) would
  // describe each of its few people.
  return people > 0 && people < k ? hiddenAsSmall(dashboard) : dashboard;
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
  counted: DashboardCounts['breakdowns'][Dimension],
  k: number,
): Breakdown {
  const labels = [...new Set(counted.map((cell) => cell.label))].sort(byLabel);
  if (labels.length === 0)
    return { dimension, rows: [], columnTotals: [], total: { count: 0, suppressed: null } };
  const at = new Map(counted.map((cell) => [JSON.stringify([cell.label, cell.status]), cell]));
  const counts = labels.map((label) =>
    COMMITTEE_STATUSES.map((status) => at.get(JSON.stringify([label, status]))?.people ?? 0),
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

function monthRows(counted: DashboardCounts, asOf: Date, k: number): MonthRow[] {
  if (counted.adhering === 0 || !counted.firstEnrolledAt) return [];
  const months = monthsBetween(monthOf(counted.firstEnrolledAt), monthOf(asOf));
  const at = new Map(months.map((month, row) => [month, row]));
  const counts = months.map(() => MONTH_COLUMNS.map(() => 0));
  // An event in a month outside the range (before the first enrolment) is not shown.
  for (const cell of counted.months) {
    const row = counts[at.get(cell.month) ?? -1];
    const column = MONTH_COLUMNS.indexOf(cell.column);
    if (row) row[column] = (row[column] ?? 0) + cell.people;
  }
  const table = suppressTable(counts, { k });
  return months.map((month, r) => ({
    month,
    cells: MONTH_COLUMNS.map((column, c) => ({ column, ...cellOf(table.cells, r, c) })),
  }));
}
