import {
  completionChange,
  needsPlanning,
  planningHeld,
  planWindow,
  redateForTerms,
  resumeShift,
  sessionBudgetView,
  supersedesDiagnosis,
  survivingReplan,
  type PlanState,
  type PreviousMilestone,
} from './plan-lifecycle';

describe('the latest diagnostic wins', () => {
  const at = (iso: string) => new Date(iso);
  it.each<[Date | null, Date, boolean]>([
    [null, at('2026-11-01T10:00:00Z'), true],
    [at('2026-11-01T10:00:00Z'), at('2026-11-02T10:00:00Z'), true],
    [at('2026-11-01T10:00:00Z'), at('2026-11-01T10:00:00Z'), false],
    [at('2026-11-02T10:00:00Z'), at('2026-11-01T10:00:00Z'), false],
  ])('known %s, incoming %s -> %s', (current, incoming, expected) => {
    expect(supersedesDiagnosis(current, incoming)).toBe(expected);
  });
});

describe('when a pathway is planned', () => {
  const diagnosedAt = new Date('2026-11-01T10:00:00Z');
  it.each<[string, PlanState, boolean]>([
    ['not diagnosed yet', { track: null, diagnosedAt: null, plannedTrack: null }, false],
    ['diagnosed, never planned', { track: 'retraining', diagnosedAt, plannedTrack: null }, true],
    ['planned on its track', { track: 'retraining', diagnosedAt, plannedTrack: 'retraining' }, false],
    ['a new track', { track: 'business_creation', diagnosedAt, plannedTrack: 'retraining' }, true],
  ])('%s -> %s', (_label, state, expected) => {
    expect(needsPlanning(state)).toBe(expected);
  });
});

describe("a plan's window", () => {
  it.each<[string, string, number, { startOn: string; endOn: string }]>([
    ['2026-11-13T09:00:00Z', '2026-03-02', 12, { startOn: '2026-11-13', endOn: '2027-03-02' }],
    ['2026-01-10T09:00:00Z', '2026-03-02', 12, { startOn: '2026-03-02', endOn: '2027-03-02' }],
    ['2026-11-13T23:30:00Z', '2026-08-31', 6, { startOn: '2026-11-13', endOn: '2027-02-28' }],
    ['2026-11-13T09:00:00Z', '2024-01-01', 6, { startOn: '2026-11-13', endOn: '2024-07-01' }],
  ])('diagnosed %s, programme from %s for %i months', (diagnosedAt, startDate, durationMonths, expected) => {
    expect(planWindow(new Date(diagnosedAt), { startDate, durationMonths })).toEqual(expected);
  });
});

describe('coach milestones survive a re-plan', () => {
  const m = (id: string, origin: PreviousMilestone['origin'], position: number, removed = false) => ({
    id,
    title: id,
    origin,
    position,
    removedAt: removed ? new Date('2026-11-01T00:00:00Z') : null,
  });
  it.each<[string, PreviousMilestone[], number, string[], [string, number][]]>([
    ['template only', [m('t1', 'template', 1), m('t2', 'template', 2)], 5, ['t1', 't2'], []],
    [
      'coach milestones go after the new template, in their order',
      [m('t1', 'template', 1), m('c1', 'coach', 2), m('t2', 'template', 3), m('c2', 'coach', 4)],
      3,
      ['t1', 't2'],
      [
        ['c1', 4],
        ['c2', 5],
      ],
    ],
    [
      'a removed coach milestone stays removed',
      [m('t1', 'template', 1), m('c1', 'coach', 2, true), m('c2', 'coach', 3)],
      2,
      ['t1'],
      [['c2', 3]],
    ],
    ['a removed template milestone is replaced too', [m('t1', 'template', 1, true)], 1, ['t1'], []],
  ])('%s', (_label, previous, freshCount, replaced, kept) => {
    const result = survivingReplan(previous, freshCount);
    expect(result.replaced.map((r) => r.id)).toEqual(replaced);
    expect(result.kept.map((k) => [k.id, k.position])).toEqual(kept);
  });
});

describe('the session budget view', () => {
  it.each<[number, number, number, { remaining: number; overCommitted: boolean }]>([
    [12, 7, 0, { remaining: 12, overCommitted: false }],
    [12, 7, 5, { remaining: 7, overCommitted: false }],
    [4, 7, 5, { remaining: 0, overCommitted: true }],
    [7, 7, 7, { remaining: 0, overCommitted: false }],
  ])('budget %i, planned %i, used %i', (budget, planned, used, expected) => {
    expect(sessionBudgetView(budget, planned, used)).toEqual({ budget, planned, used, ...expected });
  });
});

describe('completing and reopening a pathway', () => {
  it.each<[boolean, boolean, boolean, 'complete' | 'reopen' | null]>([
    [true, false, true, 'complete'],
    [false, false, true, null],
    [true, true, true, null],
    [true, true, false, 'reopen'],
    [true, false, false, null],
  ])('planned %s, completed %s, search over %s -> %s', (planned, completed, over, expected) => {
    expect(completionChange({ planned, completed }, over)).toBe(expected);
  });
});

describe('a person held is not planned', () => {
  it.each([
    ['invited', false],
    ['active', false],
    ['paused', true],
    ['placed', true],
    ['exited', true],
  ] as const)('%s held: %s', (status, held) => {
    expect(planningHeld(status)).toBe(held);
  });
});

describe('back from a pause, open milestones move by the days it lasted', () => {
  const milestones = [
    { id: 'done', dueOn: '2026-03-20', settled: true },
    { id: 'cv', dueOn: '2026-04-01', settled: false },
    { id: 'late', dueOn: '2027-02-20', settled: false },
    { id: 'at-end', dueOn: '2027-03-01', settled: false },
  ];
  const pausedAt = new Date('2026-03-10T09:00:00Z');

  it('moves what is still to do, not past the programme end, and says what could not move', () => {
    expect(resumeShift(milestones, pausedAt, new Date('2026-04-21T15:00:00Z'), '2027-03-01')).toEqual({
      days: 42,
      moved: [
        { id: 'cv', dueOn: '2026-05-13' },
        { id: 'late', dueOn: '2027-03-01' },
      ],
      notMoved: ['at-end'],
    });
  });

  it('moves nothing for a pause ended the same day', () => {
    expect(resumeShift(milestones, pausedAt, new Date('2026-03-10T17:00:00Z'), null)).toEqual({
      days: 0,
      moved: [],
      notMoved: [],
    });
  });
});

describe('an amendment moving the programme’s end', () => {
  const milestones = [
    { id: 'done', dueOn: '2026-12-20', settled: true },
    { id: 'cv', dueOn: '2026-10-01', settled: false },
    { id: 'late', dueOn: '2026-12-15', settled: false },
    { id: 'last', dueOn: '2027-01-30', settled: false },
  ];

  it('brings open milestones due after an earlier end back to it, done ones untouched', () => {
    expect(redateForTerms(milestones, '2026-11-30', '2026-06-01')).toEqual({
      moved: [
        { id: 'late', dueOn: '2026-11-30' },
        { id: 'last', dueOn: '2026-11-30' },
      ],
      notRedated: [],
    });
  });

  it('leaves the dates alone when the end moves later', () => {
    expect(redateForTerms(milestones, '2027-06-30', '2026-06-01')).toEqual({ moved: [], notRedated: [] });
  });

  it('moves nothing into the past: an end already gone lists what it could not re-date', () => {
    expect(redateForTerms(milestones, '2026-11-30', '2026-11-30')).toEqual({
      moved: [],
      notRedated: ['late', 'last'],
    });
  });
});
