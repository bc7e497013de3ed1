import {
  coachChangeAnswerRefusal,
  coachMoveOptions,
  deactivationRefusal,
  officeDeactivationRefusal,
  roomMoveOptions,
  worksDuring,
  type CoachOption,
  type RoomOption,
  type SessionToMove,
} from './session-moves';

const OFFICE = 'office-a';
// Tuesday 9 March 2027, 10:00-11:00 in Paris (09:00Z, winter time).
const session: SessionToMove = {
  startsAt: new Date('2027-03-09T09:00:00Z'),
  endsAt: new Date('2027-03-09T10:00:00Z'),
  officeId: OFFICE,
  timeZone: 'Europe/Paris',
  coachId: 'leaving',
  roomId: 'room-own',
  seats: 1,
  track: 'retraining',
};
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));

describe('roomMoveOptions', () => {
  const room = (id: string, changes: Partial<RoomOption> = {}): RoomOption => ({
    id,
    officeId: OFFICE,
    active: true,
    capacity: 4,
    ...changes,
  });
  it.each([
    ['a free active room of the office', room('r'), new Set<string>(), true],
    ['the session’s own room', room('room-own'), new Set<string>(), false],
    ['an inactive room', room('r', { active: false }), new Set<string>(), false],
    ['a room of another office', room('r', { officeId: 'office-b' }), new Set<string>(), false],
    ['a room held then', room('r'), new Set(['r']), false],
    ['a room too small', room('r', { capacity: 0 }), new Set<string>(), false],
  ])('%s: %s', (_case, candidate, busy, offered) => {
    expect(roomMoveOptions(session, [candidate], busy)).toEqual(offered ? [candidate] : []);
  });
});

describe('coachMoveOptions', () => {
  const coach = (id: string, changes: Partial<CoachOption> = {}): CoachOption => ({
    id,
    active: true,
    officeIds: [OFFICE],
    specialties: ['retraining'],
    weeklyHours: weekdays,
    ...changes,
  });
  const none = new Set<string>();
  it.each([
    ['an active coach of the office and track, working and free', coach('c'), session, none, none, true],
    ['the leaving coach', coach('leaving'), session, none, none, false],
    ['an inactive coach', coach('c', { active: false }), session, none, none, false],
    ['a coach of another office', coach('c', { officeIds: ['office-b'] }), session, none, none, false],
    ['another track', coach('c', { specialties: ['business_creation'] }), session, none, none, false],
    [
      'any track for a person not diagnosed',
      coach('c', { specialties: [] }),
      { ...session, track: null },
      none,
      none,
      true,
    ],
    [
      'not working then',
      coach('c', { weeklyHours: [{ weekday: 2, start: '14:00', end: '17:00' }] }),
      session,
      none,
      none,
      false,
    ],
    ['held then', coach('c'), session, new Set(['c']), none, false],
    ['away then', coach('c'), session, none, new Set(['c']), false],
  ])('%s', (_case, candidate, slot, busy, absent, offered) => {
    expect(coachMoveOptions(slot, [candidate], busy, absent)).toEqual(offered ? [candidate] : []);
  });
});

describe('worksDuring', () => {
  it.each([
    ['inside a window, in the office’s wall time', '2027-03-09T09:00:00Z', '2027-03-09T10:00:00Z', true],
    ['ending exactly at closing', '2027-03-09T15:00:00Z', '2027-03-09T16:00:00Z', true],
    ['running past closing', '2027-03-09T15:30:00Z', '2027-03-09T16:30:00Z', false],
    ['before opening (08:30 Paris)', '2027-03-09T07:30:00Z', '2027-03-09T08:30:00Z', false],
    ['after the spring change (09:00 Paris = 07:00Z)', '2027-03-30T07:00:00Z', '2027-03-30T08:00:00Z', true],
    ['a Sunday', '2027-03-14T09:00:00Z', '2027-03-14T10:00:00Z', false],
  ])('%s', (_case, start, end, works) => {
    expect(worksDuring(weekdays, new Date(start), new Date(end), 'Europe/Paris')).toBe(works);
  });
});

describe('deactivation refusals', () => {
  it.each([
    [0, false, null],
    [0, true, null],
    [2, false, 'future_sessions_remain'],
    [2, true, null],
  ] as const)('%i sessions ahead, cancel the rest %s: %s', (remaining, cancel, refusal) => {
    expect(deactivationRefusal(remaining, cancel)).toBe(refusal);
  });
  it.each([
    [0, 0, null],
    [1, 0, 'office_in_use'],
    [0, 1, 'office_in_use'],
  ] as const)('an office with %i active rooms and %i active coaches: %s', (rooms, coaches, refusal) => {
    expect(officeDeactivationRefusal(rooms, coaches)).toBe(refusal);
  });
});

describe('coachChangeAnswerRefusal', () => {
  const now = new Date('2027-03-01T00:00:00Z');
  const proposal = { status: 'pending', fromCoachId: 'leaving' };
  const booked = { status: 'booked', startsAt: session.startsAt, coachId: 'leaving' };
  it.each([
    ['a pending proposal for a session ahead', proposal, booked, null],
    ['already answered', { ...proposal, status: 'declined' }, booked, 'not_pending'],
    ['the session cancelled meanwhile', proposal, { ...booked, status: 'cancelled' }, 'session_not_ahead'],
    ['the session already begun', proposal, { ...booked, startsAt: now }, 'session_not_ahead'],
    ['ops changed the coach meanwhile', proposal, { ...booked, coachId: 'other' }, 'session_not_ahead'],
  ])('%s', (_case, p, s, refusal) => {
    expect(coachChangeAnswerRefusal(p, s, now)).toBe(refusal);
  });
});
