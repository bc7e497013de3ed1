import {
  DEFAULT_CAPACITY_ASSUMPTIONS,
  capacityAssumptionIssues,
  coachFitsGroup,
  planCapacity,
  weeklyMinutes,
  type CapacityAssumptions,
  type CoachCapacity,
  type GroupCapacity,
  type WaitingGroup,
} from './capacity-planning';

const LYON = 'office-lyon';
const PARIS = 'office-paris';
const NOW = new Date('2027-01-04T08:00:00Z');
const daysLater = (days: number) => new Date(NOW.getTime() + days * 24 * 60 * 60 * 1000);

// Monday to Friday, 9:00 to 17:00: 2,400 minutes a week; a quarter for first meetings of an hour
// is 10 a week, 20 within the default 14 days.
const fullTime = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));

const coach = (coachId: string, overrides: Partial<CoachCapacity> = {}): CoachCapacity => ({
  coachId,
  officeIds: [LYON],
  languages: ['fr'],
  specialties: ['direct_reemployment', 'retraining'],
  active: true,
  maxCaseload: 40,
  activeCaseload: 0,
  weeklyHours: fullTime,
  ...overrides,
});

const group = (waiting: number, overrides: Partial<WaitingGroup> = {}): WaitingGroup => ({
  officeId: LYON,
  track: null,
  language: 'fr',
  waiting,
  oldestQueuedAt: new Date('2027-01-01T10:00:00Z'),
  ...overrides,
});

type Figures = Pick<
  GroupCapacity,
  | 'coaches'
  | 'freePlaces'
  | 'placeableNow'
  | 'firstMeetingSlots'
  | 'caseloadPerCoach'
  | 'firstMeetingsPerNewCoach'
  | 'coachesMissingForCaseload'
  | 'coachesMissingForTime'
  | 'coachesMissing'
  | 'binding'
  | 'everyoneReachedBy'
>;

describe('planCapacity: one group', () => {
  it.each<[string, WaitingGroup, CoachCapacity[], Partial<CapacityAssumptions>, Figures]>([
    [
      'nobody waiting: nothing missing, everyone reached now',
      group(0),
      [coach('a')],
      {},
      {
        coaches: 1,
        freePlaces: 40,
        placeableNow: 0,
        firstMeetingSlots: 20,
        caseloadPerCoach: 40,
        firstMeetingsPerNewCoach: 20,
        coachesMissingForCaseload: 0,
        coachesMissingForTime: 0,
        coachesMissing: 0,
        binding: 'none',
        everyoneReachedBy: NOW,
      },
    ],
    [
      '10 waiting, one free coach meeting 10 a week: all placed, everyone met in 7 days',
      group(10),
      [coach('a')],
      {},
      {
        coaches: 1,
        freePlaces: 40,
        placeableNow: 10,
        firstMeetingSlots: 20,
        caseloadPerCoach: 40,
        firstMeetingsPerNewCoach: 20,
        coachesMissingForCaseload: 0,
        coachesMissingForTime: 0,
        coachesMissing: 0,
        binding: 'none',
        everyoneReachedBy: daysLater(7),
      },
    ],
    [
      '30 waiting, room for all but 20 meetings in 14 days: one coach for the time, met in 21 days',
      group(30),
      [coach('a')],
      {},
      {
        coaches: 1,
        freePlaces: 40,
        placeableNow: 30,
        firstMeetingSlots: 20,
        caseloadPerCoach: 40,
        firstMeetingsPerNewCoach: 20,
        coachesMissingForCaseload: 0,
        coachesMissingForTime: 1,
        coachesMissing: 1,
        binding: 'time',
        everyoneReachedBy: daysLater(21),
      },
    ],
    [
      '100 waiting, 10 free places: 3 coaches for the caseload, 5 for the time; never without more',
      group(100),
      [coach('a', { activeCaseload: 30 })],
      {},
      {
        coaches: 1,
        freePlaces: 10,
        placeableNow: 10,
        firstMeetingSlots: 10,
        caseloadPerCoach: 40,
        firstMeetingsPerNewCoach: 20,
        coachesMissingForCaseload: 3,
        coachesMissingForTime: 5,
        coachesMissing: 5,
        binding: 'time',
        everyoneReachedBy: null,
      },
    ],
    [
      '50 waiting, no coach: the defaults (40 people, 35 h, so 8 first meetings a week, 16 in time)',
      group(50),
      [],
      {},
      {
        coaches: 0,
        freePlaces: 0,
        placeableNow: 0,
        firstMeetingSlots: 0,
        caseloadPerCoach: 40,
        firstMeetingsPerNewCoach: 16,
        coachesMissingForCaseload: 2,
        coachesMissingForTime: 4,
        coachesMissing: 4,
        binding: 'time',
        everyoneReachedBy: null,
      },
    ],
    [
      'a long deadline: the caseload decides (a new coach meets at most their caseload)',
      group(25),
      [coach('a', { maxCaseload: 10, activeCaseload: 10 })],
      { firstMeetingWithinDays: 60 },
      {
        coaches: 1,
        freePlaces: 0,
        placeableNow: 0,
        firstMeetingSlots: 0,
        caseloadPerCoach: 10,
        firstMeetingsPerNewCoach: 10,
        coachesMissingForCaseload: 3,
        coachesMissingForTime: 3,
        coachesMissing: 3,
        binding: 'caseload',
        everyoneReachedBy: null,
      },
    ],
    [
      'caseload per coach is the median of the group’s coaches (the lower middle of an even count)',
      group(100),
      [
        coach('a', { maxCaseload: 20, activeCaseload: 20 }),
        coach('b', { maxCaseload: 60, activeCaseload: 60 }),
      ],
      { firstMeetingWithinDays: 70 },
      {
        coaches: 2,
        freePlaces: 0,
        placeableNow: 0,
        firstMeetingSlots: 0,
        caseloadPerCoach: 20,
        firstMeetingsPerNewCoach: 20,
        coachesMissingForCaseload: 5,
        coachesMissingForTime: 5,
        coachesMissing: 5,
        binding: 'caseload',
        everyoneReachedBy: null,
      },
    ],
    [
      'a coach without hours has room but holds no first meeting: everyone never reached',
      group(5),
      [coach('a', { weeklyHours: [] })],
      {},
      {
        coaches: 1,
        freePlaces: 40,
        placeableNow: 5,
        firstMeetingSlots: 0,
        caseloadPerCoach: 40,
        // No coach of the group has hours: a coach to add works the default 35 h.
        firstMeetingsPerNewCoach: 16,
        coachesMissingForCaseload: 0,
        coachesMissingForTime: 1,
        coachesMissing: 1,
        binding: 'time',
        everyoneReachedBy: null,
      },
    ],
    [
      'a longer first meeting and a bigger share: 2,400 min x 0.5 / 90 = 13 a week, 26 in 14 days',
      group(26),
      [coach('a')],
      { firstMeetingMinutes: 90, firstMeetingShare: 0.5 },
      {
        coaches: 1,
        freePlaces: 40,
        placeableNow: 26,
        firstMeetingSlots: 26,
        caseloadPerCoach: 40,
        firstMeetingsPerNewCoach: 26,
        coachesMissingForCaseload: 0,
        coachesMissingForTime: 0,
        coachesMissing: 0,
        binding: 'none',
        everyoneReachedBy: daysLater(14),
      },
    ],
  ])('%s', (_case, waiting, coaches, assumptions, expected) => {
    const [plan] = planCapacity([waiting], coaches, { ...DEFAULT_CAPACITY_ASSUMPTIONS, ...assumptions }, NOW);
    expect(plan).toMatchObject({ ...expected, waiting: waiting.waiting });
  });

  it('counts the free places and slots of several coaches, each capped by their own room', () => {
    // a: 5 free places, 20 meetings in time -> 5; b: 40 free, 20 -> 20; 25 in all.
    const [plan] = planCapacity(
      [group(30)],
      [coach('a', { activeCaseload: 35 }), coach('b')],
      DEFAULT_CAPACITY_ASSUMPTIONS,
      NOW,
    );
    expect(plan).toMatchObject({
      freePlaces: 45,
      firstMeetingSlots: 25,
      coachesMissingForTime: 1,
      coachesMissing: 1,
    });
    // b alone meets 30 people in 21 days (10 a week); a adds 5 by day 4: 30 reached on day 18.
    expect(plan?.everyoneReachedBy).toEqual(daysLater(18));
  });
});

describe('which coaches may take a group', () => {
  it.each<[string, Partial<CoachCapacity>, Partial<WaitingGroup>, boolean]>([
    ['same office, language, a specialty for a track not known yet', {}, {}, true],
    ['inactive', { active: false }, {}, false],
    ['another office', { officeIds: [PARIS] }, {}, false],
    ['several offices, one of them', { officeIds: [PARIS, LYON] }, {}, true],
    ['no common language', { languages: ['en'] }, {}, false],
    ['language unknown: any will do', { languages: ['en'] }, { language: null }, true],
    ['the track as specialty', {}, { track: 'retraining' }, true],
    ['not the track', {}, { track: 'business_creation' }, false],
    ['nobody takes people with no office in reach', {}, { officeId: null }, false],
  ])('%s', (_case, coachOverrides, groupOverrides, expected) => {
    expect(coachFitsGroup(coach('a', coachOverrides), group(1, groupOverrides))).toBe(expected);
  });

  it('ignores coaches who fit another group and orders groups oldest waiting first', () => {
    const plans = planCapacity(
      [
        group(3, { language: 'en', oldestQueuedAt: new Date('2027-01-02T00:00:00Z') }),
        group(3, { officeId: PARIS, oldestQueuedAt: new Date('2026-12-20T00:00:00Z') }),
      ],
      [coach('a'), coach('b', { officeIds: [PARIS], active: false })],
      DEFAULT_CAPACITY_ASSUMPTIONS,
      NOW,
    );
    expect(plans.map((plan) => [plan.officeId, plan.language, plan.coaches, plan.coachesMissing])).toEqual([
      [PARIS, 'fr', 0, 1],
      [LYON, 'en', 0, 1],
    ]);
  });
});

describe('weeklyMinutes', () => {
  it.each<[string, CoachCapacity['weeklyHours'], number]>([
    ['none', [], 0],
    ['full time', fullTime, 2400],
    [
      'overlapping windows of a day counted once',
      [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '13:00' },
      ],
      240,
    ],
    ['until midnight', [{ weekday: 7, start: '22:00', end: '24:00' }], 120],
  ])('%s', (_case, windows, expected) => {
    expect(weeklyMinutes(windows)).toBe(expected);
  });
});

describe('capacityAssumptionIssues', () => {
  it.each<[string, Partial<CapacityAssumptions>, string[]]>([
    ['the defaults', {}, []],
    ['no deadline', { firstMeetingWithinDays: 0 }, ['firstMeetingWithinDays']],
    ['half a day', { firstMeetingWithinDays: 1.5 }, ['firstMeetingWithinDays']],
    ['a five-minute meeting', { firstMeetingMinutes: 5 }, ['firstMeetingMinutes']],
    ['no share', { firstMeetingShare: 0 }, ['firstMeetingShare']],
    ['more than all the time', { firstMeetingShare: 1.5 }, ['firstMeetingShare']],
    [
      'two at once',
      { defaultMaxCaseload: 0, defaultWeeklyMinutes: 10 },
      ['defaultMaxCaseload', 'defaultWeeklyMinutes'],
    ],
  ])('%s', (_case, assumptions, fields) => {
    expect(
      capacityAssumptionIssues({ ...DEFAULT_CAPACITY_ASSUMPTIONS, ...assumptions }).map(
        (issue) => issue.field,
      ),
    ).toEqual(fields);
  });
});
