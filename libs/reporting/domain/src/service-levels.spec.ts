import type { CandidateStatus } from '@passerelle/shared/contracts';
import {
  coachWorkloads,
  serviceLevelBreaches,
  serviceLevelSummary,
  serviceLevelTermsOf,
  type CaseloadPerson,
  type CaseloadSession,
} from './service-levels';

const COACH_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const COACH_B = 'bbbbbbbb-0000-4000-8000-000000000002';
const OFFICE = 'cccccccc-0000-4000-8000-000000000003';
const TERMS = serviceLevelTermsOf(null);

const at = (iso: string) => new Date(iso);
const attended = (completedAt: string, coachId = COACH_A): CaseloadSession => ({
  status: 'completed',
  coachId,
  startsAt: at(completedAt),
  completedAt: at(completedAt),
});
const noShow = (startsAt: string, coachId = COACH_A): CaseloadSession => ({
  status: 'no_show',
  coachId,
  startsAt: at(startsAt),
  completedAt: null,
});

const person = (
  key: string,
  enrolledAt: string,
  more: Partial<Omit<CaseloadPerson, 'statusChanges'>> & {
    statusChanges?: { to: CandidateStatus; at: string }[];
  } = {},
): CaseloadPerson => ({
  key,
  enrolledAt: at(enrolledAt),
  erased: more.erased ?? false,
  atRisk: more.atRisk ?? false,
  coachAssignments: more.coachAssignments ?? [{ coachId: COACH_A, officeId: OFFICE, at: at(enrolledAt) }],
  sessions: more.sessions ?? [],
  statusChanges: (more.statusChanges ?? []).map((change) => ({ to: change.to, at: at(change.at) })),
});

describe('serviceLevelTermsOf', () => {
  it.each([
    [
      'no terms: the defaults',
      null,
      { firstMeetingWorkingDays: 8, sessionsPerMonth: 1, peoplePerConsultant: 30 },
    ],
    [
      'the programme’s own',
      { firstMeetingWorkingDays: 5, sessionsPerMonth: 2, peoplePerConsultant: 25 },
      { firstMeetingWorkingDays: 5, sessionsPerMonth: 2, peoplePerConsultant: 25 },
    ],
  ])('%s', (_, terms, expected) => {
    expect(serviceLevelTermsOf(terms)).toEqual(expected);
  });
});

describe('waiting past the time to a first meeting (8 working days)', () => {
  // Enrolled on Monday 2 March 2026 (10:00 in Paris): the 8th working day is Thursday 12 March.
  const enrolled = '2026-03-02T09:00:00Z';

  it.each([
    ['on the 8th working day, not yet', '2026-03-12T17:00:00Z', null],
    ['on the 9th working day, by 1', '2026-03-13T08:00:00Z', 1],
    ['the Saturday after, still by 1', '2026-03-14T12:00:00Z', 1],
    ['the Monday after, by 2', '2026-03-16T12:00:00Z', 2],
  ])('%s', (_, asOf, by) => {
    const breaches = serviceLevelBreaches([person('p1', enrolled)], TERMS, at(asOf));
    expect(breaches).toEqual(
      by === null
        ? []
        : [
            {
              kind: 'first_meeting_late',
              personKey: 'p1',
              coachId: COACH_A,
              since: at('2026-03-12T23:00:00Z'), // midnight in Paris, Friday 13 March
              by,
              unit: 'working_days',
            },
          ],
    );
  });

  it('does not count Easter Monday: enrolled on Thursday 2 April, late from Thursday 16 April', () => {
    const p = person('p1', '2026-04-02T08:00:00Z');
    expect(serviceLevelBreaches([p], TERMS, at('2026-04-15T18:00:00Z'))).toEqual([]);
    expect(serviceLevelBreaches([p], TERMS, at('2026-04-16T08:00:00Z'))).toEqual([
      expect.objectContaining({ since: at('2026-04-15T22:00:00Z'), by: 1 }),
    ]);
  });

  it('follows the programme’s own term', () => {
    const terms = serviceLevelTermsOf({
      firstMeetingWorkingDays: 3,
      sessionsPerMonth: 1,
      peoplePerConsultant: 30,
    });
    expect(serviceLevelBreaches([person('p1', enrolled)], terms, at('2026-03-06T12:00:00Z'))).toEqual([
      expect.objectContaining({ kind: 'first_meeting_late', by: 1 }),
    ]);
  });

  it.each([
    ['a first meeting held, even late', { sessions: [attended('2026-03-20T10:00:00Z')] }],
    ['a booked session is not a meeting held', null],
    ['paused', { statusChanges: [{ to: 'paused' as const, at: '2026-03-05T10:00:00Z' }] }],
    ['exited', { statusChanges: [{ to: 'exited' as const, at: '2026-03-05T10:00:00Z' }] }],
    ['erased', { erased: true }],
  ])('none when %s', (label, more) => {
    const p =
      more === null
        ? person('p1', enrolled, {
            sessions: [
              { status: 'booked', coachId: COACH_A, startsAt: at('2026-03-30T10:00:00Z'), completedAt: null },
            ],
          })
        : person('p1', enrolled, more);
    const breaches = serviceLevelBreaches([p], TERMS, at('2026-03-25T12:00:00Z'));
    expect(breaches).toEqual(label.startsWith('a booked') ? [expect.objectContaining({ by: 9 })] : []);
  });

  it('names no coach while none is assigned', () => {
    const p = person('p1', enrolled, { coachAssignments: [] });
    expect(serviceLevelBreaches([p], TERMS, at('2026-03-16T12:00:00Z'))).toEqual([
      expect.objectContaining({ coachId: null, by: 2 }),
    ]);
  });
});

describe('short of interviews over the last month', () => {
  const enrolled = '2026-03-02T09:00:00Z';
  const sessions = [attended('2026-03-05T10:00:00Z'), attended('2026-03-20T10:00:00Z')];

  it.each([
    ['a session within the month: none', '2026-04-15T12:00:00Z', null],
    ['the month since the last session is over: from 20 April, 5 days', '2026-04-25T12:00:00Z', 5],
  ])('%s', (_, asOf, by) => {
    const breaches = serviceLevelBreaches([person('p1', enrolled, { sessions })], TERMS, at(asOf));
    expect(breaches).toEqual(
      by === null
        ? []
        : [
            {
              kind: 'no_session_in_month',
              personKey: 'p1',
              coachId: COACH_A,
              since: at('2026-04-20T09:00:00Z'), // 11:00 in Paris, a month after 11:00 on 20 March (summer time)
              by,
              unit: 'days',
            },
          ],
    );
  });

  it('with two a month as the term, one in the month is short since a month after the one before', () => {
    const terms = serviceLevelTermsOf({
      firstMeetingWorkingDays: 8,
      sessionsPerMonth: 2,
      peoplePerConsultant: 30,
    });
    const p = person('p1', enrolled, { sessions: [...sessions, attended('2026-04-10T10:00:00Z')] });
    expect(serviceLevelBreaches([p], terms, at('2026-04-25T12:00:00Z'))).toEqual([
      expect.objectContaining({ kind: 'no_session_in_month', since: at('2026-04-20T09:00:00Z'), by: 5 }),
    ]);
  });

  it.each([
    ['a first meeting less than a month ago', [attended('2026-04-01T10:00:00Z')], [], '2026-04-25T12:00:00Z'],
    ['paused', sessions, [{ to: 'paused' as const, at: '2026-04-01T10:00:00Z' }], '2026-04-25T12:00:00Z'],
    ['placed', sessions, [{ to: 'placed' as const, at: '2026-04-01T10:00:00Z' }], '2026-04-25T12:00:00Z'],
  ])('none with %s', (_, list, statusChanges, asOf) => {
    expect(
      serviceLevelBreaches([person('p1', enrolled, { sessions: list, statusChanges })], TERMS, at(asOf)),
    ).toEqual([]);
  });

  it('counts only sessions held by the date (time is an input)', () => {
    const p = person('p1', enrolled, { sessions: [...sessions, attended('2026-04-30T10:00:00Z')] });
    expect(serviceLevelBreaches([p], TERMS, at('2026-04-25T12:00:00Z'))).toHaveLength(1);
    expect(serviceLevelBreaches([p], TERMS, at('2026-05-01T12:00:00Z'))).toEqual([]);
  });
});

describe('people per consultant', () => {
  const terms = serviceLevelTermsOf({
    firstMeetingWorkingDays: 8,
    sessionsPerMonth: 1,
    peoplePerConsultant: 2,
  });
  const met = [attended('2026-03-05T10:00:00Z')];
  const assigned = (coachId: string, iso: string) => [{ coachId, officeId: OFFICE, at: at(iso) }];
  const asOf = at('2026-03-20T12:00:00Z');

  it('lists a coach above the term, since the assignment that took them over, by the people above', () => {
    const people = [
      person('p1', '2026-03-02T09:00:00Z', { sessions: met }),
      person('p2', '2026-03-03T09:00:00Z', { sessions: met }),
      person('p3', '2026-03-04T09:00:00Z', { sessions: met }),
      person('p4', '2026-03-04T09:00:00Z', {
        sessions: met,
        coachAssignments: assigned(COACH_B, '2026-03-04T09:00:00Z'),
      }),
    ];
    expect(serviceLevelBreaches(people, terms, asOf)).toEqual([
      {
        kind: 'caseload_above_term',
        personKey: null,
        coachId: COACH_A,
        since: at('2026-03-04T09:00:00Z'),
        by: 1,
        unit: 'people',
      },
    ]);
  });

  it.each([
    [
      'a placed person no longer counts',
      { statusChanges: [{ to: 'placed' as const, at: '2026-03-10T10:00:00Z' }] },
    ],
    [
      'a person reassigned to another coach counts for them',
      {
        coachAssignments: [
          ...assigned(COACH_A, '2026-03-04T09:00:00Z'),
          ...assigned(COACH_B, '2026-03-10T09:00:00Z'),
        ],
      },
    ],
    ['an erased person no longer counts', { erased: true }],
  ])('%s', (_, more) => {
    const people = [
      person('p1', '2026-03-02T09:00:00Z', { sessions: met }),
      person('p2', '2026-03-03T09:00:00Z', { sessions: met }),
      person('p3', '2026-03-04T09:00:00Z', { sessions: met, ...more }),
    ];
    expect(serviceLevelBreaches(people, terms, asOf)).toEqual([]);
  });

  it('a paused person still counts: the coach still follows them', () => {
    const people = [
      person('p1', '2026-03-02T09:00:00Z', { sessions: met }),
      person('p2', '2026-03-03T09:00:00Z', { sessions: met }),
      person('p3', '2026-03-04T09:00:00Z', {
        sessions: met,
        statusChanges: [{ to: 'paused', at: '2026-03-10T10:00:00Z' }],
      }),
    ];
    expect(serviceLevelBreaches(people, terms, asOf)).toEqual([
      expect.objectContaining({ kind: 'caseload_above_term', coachId: COACH_A, by: 1 }),
    ]);
  });
});

describe('the coach workload', () => {
  const asOf = at('2026-04-30T12:00:00Z');

  it('per coach: caseload, sessions held a week over 4 weeks, no-shows, people at risk; heaviest first', () => {
    const people = [
      person('p1', '2026-03-02T09:00:00Z', {
        atRisk: true,
        sessions: [
          attended('2026-03-20T10:00:00Z'), // before the 4 weeks
          attended('2026-04-06T10:00:00Z'),
          attended('2026-04-13T10:00:00Z'),
          noShow('2026-04-20T10:00:00Z'),
          attended('2026-05-04T10:00:00Z'), // after the date
        ],
      }),
      person('p2', '2026-03-02T09:00:00Z', {
        sessions: [
          attended('2026-04-07T10:00:00Z'),
          attended('2026-04-14T10:00:00Z'),
          attended('2026-04-21T10:00:00Z'),
        ],
      }),
      person('p3', '2026-03-02T09:00:00Z', {
        coachAssignments: [{ coachId: COACH_B, officeId: null, at: at('2026-03-02T09:00:00Z') }],
        sessions: [attended('2026-04-08T10:00:00Z', COACH_B), noShow('2026-04-15T10:00:00Z', COACH_B)],
        statusChanges: [{ to: 'exited', at: '2026-04-25T10:00:00Z' }],
      }),
    ];
    expect(coachWorkloads(people, TERMS, asOf)).toEqual([
      {
        coachId: COACH_A,
        officeIds: [OFFICE],
        caseload: 2,
        aboveTermBy: 0,
        sessionsPerWeek: 1.3, // 5 held over 4 weeks
        noShows: 1,
        atRisk: 1,
      },
      // The person left: no caseload, but the sessions held in the weeks still count.
      {
        coachId: COACH_B,
        officeIds: [],
        caseload: 0,
        aboveTermBy: 0,
        sessionsPerWeek: 0.3,
        noShows: 1,
        atRisk: 0,
      },
    ]);
  });

  it('says how far above the term a caseload is', () => {
    const terms = serviceLevelTermsOf({
      firstMeetingWorkingDays: 8,
      sessionsPerMonth: 1,
      peoplePerConsultant: 1,
    });
    const people = ['p1', 'p2', 'p3'].map((key) => person(key, '2026-03-02T09:00:00Z'));
    expect(coachWorkloads(people, terms, asOf)).toEqual([
      expect.objectContaining({ caseload: 3, aboveTermBy: 2 }),
    ]);
  });
});

describe('the sponsor’s summary of breaches', () => {
  const asOf = at('2026-03-16T12:00:00Z'); // past the first meeting of those enrolled on 2 March

  it('splits the people in accompaniment, each once, and shows counts of k or more', () => {
    const late = ['l1', 'l2', 'l3', 'l4', 'l5'].map((key) => person(key, '2026-03-02T09:00:00Z'));
    const within = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'].map((key) =>
      person(key, '2026-03-02T09:00:00Z', { sessions: [attended('2026-03-05T10:00:00Z')] }),
    );
    const shown = serviceLevelSummary([...late, ...within], TERMS, asOf);
    expect(shown.cells.map((cell) => [cell.key, cell.count])).toEqual([
      ['first_meeting_late', 5],
      ['no_session_in_month', 0],
      ['within_levels', 6],
    ]);
    expect(shown.total.count).toBe(11);
  });

  it('hides a small number of people in breach, and enough beside it that it cannot be worked out', () => {
    const late = [person('l1', '2026-03-02T09:00:00Z')];
    const within = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'].map((key) =>
      person(key, '2026-03-02T09:00:00Z', { sessions: [attended('2026-03-05T10:00:00Z')] }),
    );
    const shown = serviceLevelSummary([...late, ...within], TERMS, asOf);
    expect(shown.cells.map((cell) => [cell.key, cell.count, cell.suppressed])).toEqual([
      ['first_meeting_late', null, 'primary'],
      ['no_session_in_month', null, 'complementary'], // a zero beside a hidden count
      ['within_levels', null, 'complementary'],
    ]);
  });

  it('shows nothing of fewer than k people', () => {
    const shown = serviceLevelSummary([person('l1', '2026-03-02T09:00:00Z')], TERMS, asOf);
    expect(shown.cells.every((cell) => cell.count === null)).toBe(true);
    expect(shown.total.count).toBeNull();
  });
});
