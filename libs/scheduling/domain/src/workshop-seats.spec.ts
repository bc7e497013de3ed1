import { joinOutcome, seatLimitRefusal, seatsToFill, waitingPosition, workshopPlace } from './workshop-seats';

const at = (iso: string) => new Date(iso);
const now = at('2026-12-01T09:00:00Z');
const workshop = (seatLimit: number, status = 'booked', startsAt = '2026-12-10T09:00:00Z') => ({
  seatLimit,
  status,
  startsAt: at(startsAt),
});

describe('joining a workshop', () => {
  it.each([
    ['a free seat, nobody waiting', ['a'], [], 'me', 2, 'seat'],
    ['full', ['a', 'b'], [], 'me', 2, 'waiting_list'],
    ['a free seat, but people waiting come first', ['a'], ['w'], 'me', 2, 'waiting_list'],
    ['already seated', ['me'], [], 'me', 2, 'already_booked'],
    ['already waiting', ['a', 'b'], ['me'], 'me', 2, 'already_waiting'],
  ] as const)('%s', (_case, seated, waiting, me, limit, expected) => {
    expect(joinOutcome(seated, waiting, me, limit)).toBe(expected);
  });
});

describe('the waiting list', () => {
  it.each([
    [['a', 'b', 'c'], 'a', 1],
    [['a', 'b', 'c'], 'c', 3],
    [['a', 'b', 'c'], 'z', null],
    [[], 'a', null],
  ] as const)('in %j, %s is at %s', (waiting, who, expected) => {
    expect(waitingPosition(waiting, who)).toBe(expected);
  });

  it.each([
    ['one seat freed: the first waiting', workshop(2), 1, ['w1', 'w2'], ['w1']],
    ['two seats freed: the first two', workshop(3), 1, ['w1', 'w2', 'w3'], ['w1', 'w2']],
    ['more seats than people waiting', workshop(5), 1, ['w1'], ['w1']],
    ['no seat free', workshop(2), 2, ['w1'], []],
    ['nobody waiting', workshop(2), 0, [], []],
    ['a cancelled workshop', workshop(2, 'cancelled'), 0, ['w1'], []],
    ['a workshop already started', workshop(2, 'booked', '2026-12-01T08:30:00Z'), 0, ['w1'], []],
  ] as const)('%s', (_case, session, seated, waiting, expected) => {
    expect(seatsToFill(session, seated, waiting, now)).toEqual(expected);
  });
});

describe('a workshop’s seats and place', () => {
  it.each([
    [4, 3, 6, null],
    [3, 3, null, null],
    [2, 3, 6, 'below_seats_taken'],
    [7, 3, 6, 'room_too_small'],
  ] as const)('%i seats with %i taken in a room of %s: %s', (limit, seated, room, expected) => {
    expect(seatLimitRefusal(limit, seated, room)).toBe(expected);
  });

  it('is remote by video, in an office otherwise', () => {
    expect([workshopPlace('video'), workshopPlace('in_person')]).toEqual(['remote', 'office']);
  });
});
