import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OUTCOME_CATEGORIES, type CandidateStatus } from '@passerelle/shared/contracts';
import { createTestDatabase, type TestDatabase } from '@passerelle/shared/testing';
import { runMigrations } from '@passerelle/shared/runtime';
import {
  DashboardCountsRepository,
  ReportingRepository,
  reportingDataSourceOptions,
} from '@passerelle/reporting/data-access';
import {
  committeeDashboard,
  committeeDashboardFromCounts,
  dashboardCounts,
  monthOf,
  type DashboardCounts,
} from '@passerelle/reporting/domain';

// The dashboard's counts worked out in SQL (what the service answers with) against the same counts
// worked out in memory from every person's facts (the domain's reference, the previous path), on a
// varied programme written straight into the read model's tables: both give identical counts and
// identical dashboards, on every date and for thresholds of 5 (the default), 8 and 20.

const PROGRAMME = randomUUID();
const OTHER_PROGRAMME = randomUUID();
const SMALL_PROGRAMME = randomUUID();
const EMPTY_PROGRAMME = randomUUID();

/** A seeded generator (mulberry32): the same programme on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(17);
const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
const chance = (p: number) => next() < p;
const DAY = 86_400_000;
const START = Date.parse('2025-09-30T22:00:00Z'); // Midnight in Paris: 1 October there.
/** A time from `from`, up to `days` later, to the millisecond (so no two facts share a time). */
const later = (from: number, days: number) => from + Math.floor(next() * days * DAY) + 1;

interface Rows {
  people: unknown[][];
  changes: unknown[][];
  outcomes: unknown[][];
  offers: unknown[][];
  sessions: unknown[][];
}
const rows: Rows = { people: [], changes: [], outcomes: [], offers: [], sessions: [] };

/** One person of a programme with a journey drawn at random: any mix the read model can hold. */
function person(programmeId: string): void {
  const key = randomUUID();
  // A few rows made by a later fact before the enrolment arrived: they count for nothing.
  const enrolledAt = chance(0.03) ? null : later(START, 420);
  rows.people.push([
    key,
    programmeId,
    enrolledAt === null ? null : new Date(enrolledAt),
    pick(['Lyon', 'Saint-Étienne', 'Évry', 'Annecy', null]),
    pick(['<26', '26-44', '45-49', '50-54', '55+', null]),
    pick(['female', 'male', null]),
    pick(['ouvrier', 'employe', 'technicien_agent_de_maitrise', 'cadre', null]),
    chance(0.02) ? new Date(later(START, 600)) : null,
  ]);
  const from = enrolledAt ?? START;
  let at = from;
  const path: CandidateStatus[][] = [
    [],
    ['active'],
    ['active', 'paused'],
    ['active', 'paused', 'active'],
    ['active', 'placed'],
    ['active', 'placed', 'exited'],
    ['active', 'placed', 'active'],
    ['active', 'exited'],
    ['paused', 'exited'],
    ['active', 'placed', 'active', 'placed'],
  ];
  for (const to of pick(path)) {
    at = later(at, 90);
    rows.changes.push([randomUUID(), key, to, new Date(at)]);
  }
  let recorded = from;
  for (let n = pick([0, 0, 1, 1, 2, 3]); n > 0; n--) {
    recorded = later(recorded, 120);
    rows.outcomes.push([randomUUID(), key, pick(OUTCOME_CATEGORIES), '2026-01-15', new Date(recorded)]);
  }
  for (let n = pick([0, 0, 1, 2, 3]); n > 0; n--) {
    const logged = later(from, 300);
    const decision = pick(['pending', 'accepted', 'refused'] as const);
    const decided = decision === 'pending' ? null : new Date(later(logged, 60));
    rows.offers.push([randomUUID(), key, decision, new Date(logged), decided]);
  }
  for (let n = pick([0, 1, 3, 6, 9]); n > 0; n--) {
    // Now and then a session before the enrolment arrived (a coach booked it first).
    const startsAt = later(from - (chance(0.05) ? 10 * DAY : 0), 400);
    const status = pick(['completed', 'completed', 'completed', 'no_show', 'cancelled', 'booked']);
    const completedAt = status === 'completed' ? new Date(startsAt + 3_600_000) : null;
    rows.sessions.push([randomUUID(), key, status, new Date(startsAt), completedAt]);
  }
}

async function write(dataSource: DataSource): Promise<void> {
  const insert = async (table: string, columns: string[], types: string[], values: unknown[][]) => {
    const arrays = columns.map((_, c) => values.map((row) => row[c]));
    await dataSource.query(
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT * FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})`,
      arrays,
    );
  };
  await insert(
    'reporting_person',
    [
      'person_key',
      'programme_id',
      'enrolled_at',
      'site',
      'age_band',
      'sex',
      'socio_professional_category',
      'erased_at',
    ],
    ['uuid', 'uuid', 'timestamptz', 'text', 'text', 'text', 'text', 'timestamptz'],
    rows.people,
  );
  await insert(
    'reporting_status_change',
    ['event_id', 'person_key', 'to_status', 'changed_at'],
    ['uuid', 'uuid', 'text', 'timestamptz'],
    rows.changes,
  );
  await insert(
    'reporting_outcome',
    ['outcome_id', 'person_key', 'category', 'outcome_date', 'recorded_at'],
    ['uuid', 'uuid', 'text', 'date', 'timestamptz'],
    rows.outcomes,
  );
  await insert(
    'reporting_valid_job_offer',
    ['valid_job_offer_id', 'person_key', 'decision', 'logged_at', 'decided_at'],
    ['uuid', 'uuid', 'text', 'timestamptz', 'timestamptz'],
    rows.offers,
  );
  await insert(
    'reporting_session',
    ['session_id', 'person_key', 'status', 'starts_at', 'completed_at'],
    ['uuid', 'uuid', 'text', 'timestamptz', 'timestamptz'],
    rows.sessions,
  );
  for (const [programmeId, headcount] of [
    [PROGRAMME, 700],
    [OTHER_PROGRAMME, 100],
    [SMALL_PROGRAMME, 3],
    [EMPTY_PROGRAMME, 10],
  ] as const)
    await dataSource.query(
      `INSERT INTO reporting_programme (programme_id, sponsor_id, office_ids, headcount, outcome_targets, status, terms_at)
       VALUES ($1, $2, '{}', $3, $4, 'contracted', now())`,
      [
        programmeId,
        randomUUID(),
        headcount,
        JSON.stringify([
          { category: 'permanent_contract', sharePercent: 40 },
          { category: 'training', sharePercent: 10 },
        ]),
      ],
    );
}

/** The same counts, their lists in one order (SQL and memory list them in their own). */
const sorted = (counts: DashboardCounts): DashboardCounts => {
  const order = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return {
    ...counts,
    breakdowns: {
      site: [...counts.breakdowns.site].sort(order),
      ageBand: [...counts.breakdowns.ageBand].sort(order),
      sex: [...counts.breakdowns.sex].sort(order),
      socioProfessionalCategory: [...counts.breakdowns.socioProfessionalCategory].sort(order),
    },
    months: [...counts.months].sort(order),
  };
};

let database: TestDatabase;
let dataSource: DataSource;
let reporting: ReportingRepository;
let counting: DashboardCountsRepository;

beforeAll(async () => {
  database = await createTestDatabase('reporting_dashboard_counts');
  await runMigrations(reportingDataSourceOptions(database.url));
  dataSource = new DataSource(reportingDataSourceOptions(database.url));
  await dataSource.initialize();
  reporting = new ReportingRepository(dataSource);
  counting = new DashboardCountsRepository(dataSource);
  for (let i = 0; i < 600; i++) person(PROGRAMME);
  for (let i = 0; i < 60; i++) person(OTHER_PROGRAMME);
  for (let i = 0; i < 3; i++) person(SMALL_PROGRAMME);
  await write(dataSource);
}, 60_000);

afterAll(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  await database?.drop();
});

describe('the dashboard counted in SQL, against the in-memory reference', () => {
  it.each([
    ['before anyone enrolled', PROGRAMME, '2025-09-01T00:00:00.000Z'],
    ['on the first months', PROGRAMME, '2025-12-31T23:30:00.000Z'],
    ['at a change of time in Paris', PROGRAMME, '2026-03-29T01:30:00.000Z'],
    ['mid-programme', PROGRAMME, '2026-06-30T22:15:00.000Z'],
    ['after every fact', PROGRAMME, '2027-12-01T00:00:00.000Z'],
    ['another programme', OTHER_PROGRAMME, '2026-09-01T00:00:00.000Z'],
    ['a programme of fewer than k people', SMALL_PROGRAMME, '2027-12-01T00:00:00.000Z'],
    ['a programme nobody joined', EMPTY_PROGRAMME, '2027-12-01T00:00:00.000Z'],
  ])('gives the same counts and the same figures %s', async (_case, programmeId, iso) => {
    const asOf = new Date(iso);
    const programme = (await reporting.findProgramme(programmeId))!;
    const people = await reporting.factsOf(programmeId);
    const inSql = await counting.countsOf(programmeId, asOf);
    expect(sorted(inSql)).toEqual(sorted(dashboardCounts(people, asOf)));
    for (const k of [null, 8, 20])
      expect(committeeDashboardFromCounts({ programme, counts: inSql, asOf, k })).toEqual(
        committeeDashboard({ programme, people, asOf, k }),
      );
  });

  it('counts a varied programme: every status, outcomes, offers, first meetings and months', async () => {
    const counts = await counting.countsOf(PROGRAMME, new Date('2027-12-01T00:00:00.000Z'));
    // The figures above are not trivially equal: the programme has every kind of fact.
    expect(Object.values(counts.statuses).every((n) => n > 10)).toBe(true);
    expect(counts.outcomes.none).toBeGreaterThan(10);
    expect(Object.values(counts.offers).every((offers) => offers.offers > 10)).toBe(true);
    expect(counts.firstMeetings.people).toBeGreaterThan(100);
    expect(counts.breakdowns.site.some((cell) => cell.label === null)).toBe(true);
    expect(new Set(counts.months.map((cell) => cell.month)).size).toBeGreaterThan(12);
    // Times to the millisecond over 14 months: some fall in the hour or two where the month in
    // Paris is not the month in UTC.
    expect(
      rows.people.some(
        (row) => row[2] instanceof Date && monthOf(row[2]) !== row[2].toISOString().slice(0, 7),
      ),
    ).toBe(true);
    expect(counts.adhering).toBe(rows.people.filter((row) => row[1] === PROGRAMME && row[2] !== null).length);
  });
});
