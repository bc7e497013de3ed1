import type { CandidateStatus } from '@passerelle/shared/contracts';
import { committeeDashboard, committeeDashboardFromCounts, dashboardCounts } from './committee-dashboard';
import { monthsBetween } from './months';
import { leftAt, outcomeAt, statusAt, type PersonFacts, type ProgrammeFacts } from './facts';

const PROGRAMME: ProgrammeFacts = {
  programmeId: '00000000-0000-4000-8000-000000000001',
  sponsorId: '00000000-0000-4000-8000-000000000002',
  officeIds: [],
  headcount: 40,
  outcomeTargets: [
    { category: 'permanent_contract', sharePercent: 50 },
    { category: 'training', sharePercent: 10 },
  ],
};

const at = (iso: string) => new Date(iso);
let next = 0;

function person(overrides: Partial<PersonFacts> = {}): PersonFacts {
  next += 1;
  return {
    key: `p${next}`,
    enrolledAt: at('2026-01-05T09:00:00Z'),
    dimensions: { site: 'Lyon', ageBand: '26-44', sex: 'female', socioProfessionalCategory: 'employe' },
    statusChanges: [],
    outcomes: [],
    offers: [],
    sessionsCompletedAt: [],
    ...overrides,
  };
}

const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);
const changed = (to: CandidateStatus, iso: string) => ({ to, at: at(iso) });

describe('where a person stands on a date', () => {
  const nadia = person({
    statusChanges: [
      changed('active', '2026-01-10T09:00:00Z'),
      changed('placed', '2026-03-01T09:00:00Z'),
      changed('exited', '2026-04-01T09:00:00Z'),
    ],
    outcomes: [
      {
        category: 'short_fixed_term_or_temporary',
        outcomeDate: '2026-03-01',
        recordedAt: at('2026-02-27T09:00:00Z'),
      },
      { category: 'permanent_contract', outcomeDate: '2026-03-01', recordedAt: at('2026-03-15T09:00:00Z') },
    ],
  });
  it.each<[string, string, CandidateStatus, string | null, string | null]>([
    ['before any change', '2026-01-06T00:00:00Z', 'invited', null, null],
    ['active', '2026-02-01T00:00:00Z', 'active', null, null],
    [
      'placed, a first outcome',
      '2026-03-02T00:00:00Z',
      'placed',
      'short_fixed_term_or_temporary',
      '2026-03-01T09:00:00.000Z',
    ],
    [
      'the outcome corrected',
      '2026-03-20T00:00:00Z',
      'placed',
      'permanent_contract',
      '2026-03-01T09:00:00.000Z',
    ],
    [
      'exited after the placement: one stay',
      '2026-05-01T00:00:00Z',
      'exited',
      'permanent_contract',
      '2026-03-01T09:00:00.000Z',
    ],
  ])('%s', (_case, asOf, status, outcome, left) => {
    expect(statusAt(nadia, at(asOf))).toBe(status);
    expect(outcomeAt(nadia, at(asOf))).toBe(outcome);
    expect(leftAt(nadia, at(asOf))?.toISOString() ?? null).toBe(left);
  });
});

describe('the committee dashboard', () => {
  const asOf = at('2026-03-31T12:00:00Z');

  it('counts people by status, with what was true on the date', () => {
    const people = [
      ...times(6, () => person({ statusChanges: [changed('active', '2026-01-10T09:00:00Z')] })),
      ...times(5, () => person({ statusChanges: [changed('paused', '2026-02-10T09:00:00Z')] })),
      // Exited after the date: still in accompaniment on it.
      ...times(5, () => person({ statusChanges: [changed('exited', '2026-04-10T09:00:00Z')] })),
      // Enrolled after the date: not counted at all.
      person({ enrolledAt: at('2026-04-02T09:00:00Z') }),
    ];
    const dashboard = committeeDashboard({ programme: PROGRAMME, people, asOf });
    expect(dashboard.peopleConcerned).toBe(40);
    expect(dashboard.adhering).toEqual({ count: 16, suppressed: null });
    expect(dashboard.statuses).toEqual([
      { status: 'in_accompaniment', count: 11, suppressed: null },
      { status: 'paused', count: 5, suppressed: null },
      { status: 'placed', count: 0, suppressed: null },
      { status: 'exited', count: 0, suppressed: null },
    ]);
  });

  it('hides a small group with another beside it, and says why', () => {
    const people = [
      ...times(10, () => person()),
      ...times(2, () => person({ statusChanges: [changed('paused', '2026-02-10T09:00:00Z')] })),
      ...times(6, () => person({ statusChanges: [changed('exited', '2026-02-10T09:00:00Z')] })),
    ];
    const { statuses, adhering } = committeeDashboard({ programme: PROGRAMME, people, asOf });
    expect(adhering).toEqual({ count: 18, suppressed: null });
    expect(statuses.find((s) => s.status === 'paused')).toEqual({
      status: 'paused',
      count: null,
      suppressed: 'primary',
    });
    // Its zero neighbour is hidden too, and one more so the 2 cannot be worked out from the total.
    expect(statuses.filter((s) => s.count === null).length).toBeGreaterThanOrEqual(2);
    const shown = statuses.reduce((n, s) => n + (s.count ?? 0), 0);
    expect(18 - shown === 0 || 18 - shown >= 5).toBe(true);
  });

  it('shows nothing of a programme of fewer than k people', () => {
    const dashboard = committeeDashboard({ programme: PROGRAMME, people: times(4, () => person()), asOf });
    expect(dashboard.adhering).toEqual({ count: null, suppressed: 'small_population' });
    expect(dashboard.statuses.every((s) => s.count === null && s.suppressed === 'small_population')).toBe(
      true,
    );
    expect(dashboard.daysToFirstMeeting).toEqual({ value: null, suppressed: 'small_population' });
    expect(dashboard.sessionsPerPersonPerMonth).toEqual({ value: null, suppressed: 'small_population' });
    expect(dashboard.offers.perPerson).toEqual({ value: null, suppressed: 'small_population' });
    // Its zeros too: "no outcome, no offer" would describe each of the four.
    expect(dashboard.outcomes.every((o) => o.count === null && o.suppressed === 'small_population')).toBe(
      true,
    );
    expect(dashboard.withoutOutcome).toEqual({ count: null, suppressed: 'small_population' });
    expect(dashboard.offers.proposed).toEqual({ count: null, suppressed: 'small_population' });
    expect(dashboard.offers.decisions.every((d) => d.count === null)).toBe(true);
    expect(dashboard.months.flatMap((m) => m.cells).every((c) => c.count === null)).toBe(true);
    expect(dashboard.breakdowns.flatMap((b) => b.rows).every((r) => r.total.count === null)).toBe(true);
    // The terms are not people's data: the headcount and targets stay.
    expect(dashboard.peopleConcerned).toBe(40);
    expect(dashboard.outcomes.find((o) => o.category === 'permanent_contract')?.targetPeople).toBe(20);
  });

  it('counts nothing, and hides nothing, of a programme nobody has joined yet', () => {
    const dashboard = committeeDashboard({ programme: PROGRAMME, people: [], asOf });
    expect(dashboard.adhering).toEqual({ count: 0, suppressed: null });
    expect(dashboard.withoutOutcome).toEqual({ count: 0, suppressed: null });
    expect(dashboard.months).toEqual([]);
  });

  it('takes the current outcome (a correction replaces the first) against the targets', () => {
    const corrected = () =>
      person({
        outcomes: [
          { category: 'training', outcomeDate: '2026-02-01', recordedAt: at('2026-02-01T09:00:00Z') },
          {
            category: 'permanent_contract',
            outcomeDate: '2026-02-01',
            recordedAt: at('2026-02-20T09:00:00Z'),
          },
        ],
      });
    const people = [...times(7, corrected), ...times(5, () => person())];
    const { outcomes, outcomesTotal } = committeeDashboard({ programme: PROGRAMME, people, asOf });
    expect(outcomes.find((o) => o.category === 'permanent_contract')).toEqual({
      category: 'permanent_contract',
      count: 7,
      suppressed: null,
      targetPercent: 50,
      targetPeople: 20,
    });
    expect(outcomes.find((o) => o.category === 'training')).toMatchObject({
      count: 0,
      targetPercent: 10,
      targetPeople: 4,
    });
    expect(outcomes.find((o) => o.category === 'retirement')).toMatchObject({
      targetPercent: null,
      targetPeople: null,
    });
    expect(outcomesTotal).toEqual({ count: 7, suppressed: null });
    expect(committeeDashboard({ programme: PROGRAMME, people, asOf }).withoutOutcome).toEqual({
      count: 5,
      suppressed: null,
    });
  });

  it('counts OVE by the answer given by the date, hiding answers given by fewer than k people', () => {
    const offer = (decision: 'accepted' | 'refused', decidedAt: string | null) => ({
      loggedAt: at('2026-02-01T09:00:00Z'),
      decision,
      decidedAt: decidedAt ? at(decidedAt) : null,
    });
    const people = [
      // Five people refused two offers each.
      ...times(5, () =>
        person({
          offers: [offer('refused', '2026-02-10T09:00:00Z'), offer('refused', '2026-02-11T09:00:00Z')],
        }),
      ),
      // Five accepted one.
      ...times(5, () => person({ offers: [offer('accepted', '2026-03-01T09:00:00Z')] })),
      // Five answered after the date: pending on it.
      ...times(5, () => person({ offers: [offer('accepted', '2026-04-15T09:00:00Z')] })),
      ...times(5, () => person()),
    ];
    const { offers } = committeeDashboard({ programme: PROGRAMME, people, asOf });
    expect(offers.proposed).toEqual({ count: 20, suppressed: null });
    expect(offers.decisions).toEqual([
      { decision: 'accepted', count: 5, suppressed: null },
      { decision: 'refused', count: 10, suppressed: null },
      { decision: 'pending', count: 5, suppressed: null },
    ]);
    expect(offers.perPerson).toEqual({ value: 1, suppressed: null });

    // Ten refusals by two people: hidden like a count of 2.
    const fewRefused = [
      ...times(2, () => person({ offers: times(5, () => offer('refused', '2026-02-10T09:00:00Z')) })),
      ...times(6, () => person({ offers: [offer('accepted', '2026-03-01T09:00:00Z')] })),
    ];
    const few = committeeDashboard({ programme: PROGRAMME, people: fewRefused, asOf }).offers;
    expect(few.decisions.find((d) => d.decision === 'refused')).toMatchObject({ count: null });
  });

  it('averages the days to a first meeting and the sessions per person per month', () => {
    const people = times(5, () =>
      person({
        enrolledAt: at('2026-01-01T09:00:00Z'),
        sessionsCompletedAt: [
          at('2026-01-11T09:00:00Z'),
          at('2026-02-11T09:00:00Z'),
          at('2026-04-20T09:00:00Z'),
        ],
      }),
    );
    people.push(person({ enrolledAt: at('2026-01-01T09:00:00Z') }));
    const dashboard = committeeDashboard({ programme: PROGRAMME, people, asOf: at('2026-03-01T09:00:00Z') });
    // 10 days for the five who had a first meeting; the sixth is still waiting.
    expect(dashboard.daysToFirstMeeting).toEqual({ value: 10, suppressed: null });
    // 10 sessions over 6 people x 59 days (59 / 30.4375 months each).
    expect(dashboard.sessionsPerPersonPerMonth).toEqual({
      value: Number((10 / ((6 * 59) / 30.4375)).toFixed(2)),
      suppressed: null,
    });
  });

  it('breaks people down by each dimension, the unknown last, through the table rule', () => {
    const people = [
      ...times(6, () =>
        person({
          dimensions: { site: 'Lyon', ageBand: '55+', sex: 'male', socioProfessionalCategory: 'cadre' },
        }),
      ),
      ...times(7, () =>
        person({
          dimensions: { site: 'Saint-Étienne', ageBand: '26-44', sex: null, socioProfessionalCategory: null },
        }),
      ),
      ...times(2, () =>
        person({ dimensions: { site: null, ageBand: null, sex: null, socioProfessionalCategory: null } }),
      ),
    ];
    const { breakdowns } = committeeDashboard({ programme: PROGRAMME, people, asOf });
    const bySite = breakdowns.find((b) => b.dimension === 'site')!;
    expect(bySite.rows.map((row) => row.label)).toEqual(['Lyon', 'Saint-Étienne', null]);
    expect(bySite.total).toEqual({ count: 15, suppressed: null });
    // The two people with no site form a row of fewer than k: nothing of it is shown.
    expect(bySite.rows[2]!.total).toEqual({ count: null, suppressed: 'small_population' });
    expect(bySite.rows[2]!.cells.every((cell) => cell.count === null)).toBe(true);
    const bySex = breakdowns.find((b) => b.dimension === 'sex')!;
    expect(bySex.rows.map((row) => [row.label, row.total.count])).toEqual([
      ['male', 6],
      [null, 9],
    ]);
  });

  it('gives every month from the first enrolment to the date, suppressed as one table', () => {
    const people = [
      ...times(6, () => person({ enrolledAt: at('2026-01-05T09:00:00Z') })),
      ...times(6, () => person({ enrolledAt: at('2026-03-05T09:00:00Z') })),
    ];
    const { months } = committeeDashboard({ programme: PROGRAMME, people, asOf });
    expect(months.map((row) => row.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(months.map((row) => row.cells.find((cell) => cell.column === 'enrolled')?.count)).toEqual([
      6, 0, 6,
    ]);
  });

  it('gives the same figures from counts listed in any order (SQL lists its groups in its own)', () => {
    const people = [
      ...times(6, () => person({ enrolledAt: at('2026-01-05T09:00:00Z') })),
      ...times(7, () =>
        person({
          enrolledAt: at('2026-02-05T09:00:00Z'),
          dimensions: { site: 'Annecy', ageBand: null, sex: 'male', socioProfessionalCategory: 'cadre' },
          statusChanges: [changed('paused', '2026-02-20T09:00:00Z')],
        }),
      ),
    ];
    const counts = dashboardCounts(people, asOf);
    const reversed = {
      ...counts,
      breakdowns: {
        site: [...counts.breakdowns.site].reverse(),
        ageBand: [...counts.breakdowns.ageBand].reverse(),
        sex: [...counts.breakdowns.sex].reverse(),
        socioProfessionalCategory: [...counts.breakdowns.socioProfessionalCategory].reverse(),
      },
      months: [...counts.months].reverse(),
    };
    expect(committeeDashboardFromCounts({ programme: PROGRAMME, counts: reversed, asOf })).toEqual(
      committeeDashboard({ programme: PROGRAMME, people, asOf }),
    );
  });

  it('leaves out of the months an event before the first enrolment (a session booked first)', () => {
    const people = times(6, () =>
      person({ enrolledAt: at('2026-02-02T09:00:00Z'), sessionsCompletedAt: [at('2026-01-30T09:00:00Z')] }),
    );
    const counts = dashboardCounts(people, asOf);
    expect(counts.months).toContainEqual({ month: '2026-01', column: 'firstMeetings', people: 6 });
    const { months } = committeeDashboardFromCounts({ programme: PROGRAMME, counts, asOf });
    expect(months[0]?.month).toBe('2026-02');
    expect(months.flatMap((row) => row.cells).filter((cell) => cell.column === 'firstMeetings')).toEqual(
      months.map(() => ({ column: 'firstMeetings', count: 0, suppressed: null })),
    );
  });

  it('lists the months between two months', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-02')).toEqual(['2026-02']);
  });
});
