import type { SessionKind } from '@passerelle/shared/contracts';
import type { Caller } from './access';
import {
  bookingRefusal,
  leaveRefusal,
  mayBookWithCoach,
  mayMoveSession,
  mayMoveToCoach,
  officeOfMovedSession,
  roomRefusal,
  seatRefusal,
  seatsOffered,
  startsInPast,
  tooLateToJoin,
  workshopOpenTo,
  workshopOpenToPerson,
  workshopSeats,
} from './booking-eligibility';

const LYON = 'office-lyon';
const PARIS = 'office-paris';
const NOW = new Date('2026-12-01T09:00:00Z');
const opsLyon: Caller = { role: 'ops', officeIds: [LYON], allOffices: false };
const opsParis: Caller = { role: 'ops', officeIds: [PARIS], allOffices: false };
const coachA: Caller = { role: 'coach', coachId: 'coach-a', officeIds: [LYON] };
const person: Caller = { role: 'candidate', candidateId: 'person-1' };
const sponsor: Caller = { role: 'sponsor', sponsorIds: ['sponsor-1'] };
const coach = { id: 'coach-a', officeIds: [LYON] };

describe('startsInPast and bookingRefusal', () => {
  it.each<[string, Caller, SessionKind, string, string | null]>([
    ['a session ahead', person, 'follow_up', '2026-12-02T09:00:00Z', null],
    ['now is already too late', opsLyon, 'follow_up', '2026-12-01T09:00:00Z', 'starts_in_past'],
    ['a session in the past', coachA, 'welcome', '2026-11-30T09:00:00Z', 'starts_in_past'],
    [
      'a person creating a workshop',
      person,
      'group_workshop',
      '2026-12-02T09:00:00Z',
      'workshop_created_by_person',
    ],
    ['a coach creating a workshop', coachA, 'group_workshop', '2026-12-02T09:00:00Z', null],
  ])('%s', (_case, caller, kind, startsAt, expected) => {
    expect(bookingRefusal(caller, { kind, startsAt: new Date(startsAt) }, NOW)).toBe(expected);
    expect(startsInPast(new Date(startsAt), NOW)).toBe(expected === 'starts_in_past');
  });
});

describe('mayBookWithCoach', () => {
  it.each<[string, Caller, string | null, boolean]>([
    ['a person, with their own coach', person, 'coach-a', true],
    ['a person, with another coach', person, 'coach-b', false],
    ['a person not followed yet', person, null, false],
    ['the coach themself', coachA, null, true],
    ['another coach', { role: 'coach', coachId: 'coach-b', officeIds: [LYON] }, null, false],
    ['ops of the coach’s office', opsLyon, null, true],
    ['ops elsewhere', opsParis, null, false],
    ['sponsor HR', sponsor, null, false],
  ])('%s: %s', (_case, caller, personsCoachId, expected) => {
    expect(mayBookWithCoach(caller, coach, personsCoachId)).toBe(expected);
  });
});

describe('roomRefusal', () => {
  const room = { officeId: LYON, capacity: 12 };
  it.each<[string, typeof room | null, number | null, string | null]>([
    ['a room of the coach’s office', room, null, null],
    ['an unknown room', null, null, 'room_not_in_coach_office'],
    ['a room of another office', { officeId: PARIS, capacity: 12 }, null, 'room_not_in_coach_office'],
    ['a workshop the room seats', room, 12, null],
    ['a workshop with more seats than the room', room, 13, 'room_too_small'],
  ])('%s', (_case, target, seats, expected) => {
    expect(roomRefusal(target, coach, seats)).toBe(expected);
  });
});

describe('seatsOffered', () => {
  it.each<[SessionKind, number | null, number]>([
    ['group_workshop', 8, 8],
    ['group_workshop', null, 1],
    ['follow_up', 8, 1],
  ])('a %s asked for %s seats offers %s', (kind, asked, expected) => {
    expect(seatsOffered(kind, asked)).toBe(expected);
  });
});

describe('moving a session', () => {
  it.each<['all' | 'self', SessionKind, boolean]>([
    ['all', 'group_workshop', true],
    ['self', 'group_workshop', false],
    ['self', 'follow_up', true],
  ])('with %s access, a %s may be moved: %s', (access, kind, expected) => {
    expect(mayMoveSession(access, kind)).toBe(expected);
  });

  it.each<[string, Caller, boolean]>([
    ['ops of the new coach’s offices', opsLyon, true],
    ['ops elsewhere', opsParis, false],
    ['the coach', coachA, false],
    ['a person', person, false],
  ])('to another coach, by %s: %s', (_case, caller, expected) => {
    expect(mayMoveToCoach(caller, coach)).toBe(expected);
  });

  it.each<[string, string | null, string | null, string]>([
    ['the room’s office first', PARIS, LYON, PARIS],
    ['else its office, where the coach works', null, 'office-villeurbanne', 'office-villeurbanne'],
    ['else the coach’s first office', null, 'office-marseille', LYON],
    ['a session without an office: the coach’s first', null, null, LYON],
  ])('%s', (_case, roomOffice, currentOffice, expected) => {
    expect(
      officeOfMovedSession(roomOffice, currentOffice, { id: 'c', officeIds: [LYON, 'office-villeurbanne'] }),
    ).toBe(expected);
  });
});

describe('joining a workshop', () => {
  const workshop = {
    kind: 'group_workshop' as SessionKind,
    coachId: 'coach-a',
    officeId: LYON,
    openToProgrammeIds: ['programme-1'],
  };
  const inProgramme = { programmeId: 'programme-1', officeIds: [LYON] };

  it.each<[string, Caller, Partial<typeof workshop>, typeof inProgramme, boolean]>([
    ['a person of its programme, in its office', person, {}, inProgramme, true],
    ['a person of its programme, elsewhere', person, {}, { ...inProgramme, officeIds: [PARIS] }, false],
    [
      'a person of another programme (another sponsor)',
      person,
      {},
      { ...inProgramme, programmeId: 'p-2' },
      false,
    ],
    [
      'its coach, for a person of another programme',
      coachA,
      {},
      { ...inProgramme, programmeId: 'p-2' },
      false,
    ],
    ['its coach', coachA, {}, { ...inProgramme, officeIds: [PARIS] }, true],
    ['another coach', { role: 'coach', coachId: 'coach-b', officeIds: [LYON] }, {}, inProgramme, false],
    ['ops of the coach’s office', opsLyon, {}, { ...inProgramme, officeIds: [PARIS] }, true],
    ['ops elsewhere', opsParis, {}, inProgramme, false],
    ['not a workshop', person, { kind: 'follow_up' }, inProgramme, false],
  ])('%s: %s', (_case, caller, changes, target, expected) => {
    expect(workshopOpenTo(caller, { ...workshop, ...changes }, coach, target)).toBe(expected);
  });

  it.each<[string, Caller, string, boolean]>([
    ['a person, a day ahead with a day’s notice', person, '2026-12-02T09:00:00Z', false],
    ['a person, an hour short of the notice', person, '2026-12-02T08:00:00Z', true],
    ['ops, whatever the notice', opsLyon, '2026-12-01T10:00:00Z', false],
  ])('too late to join? %s', (_case, caller, startsAt, expected) => {
    expect(tooLateToJoin(caller, new Date(startsAt), NOW, 24 * 60)).toBe(expected);
  });

  it.each<[string, string[], number, string | null]>([
    ['a free seat', ['p-2'], 2, null],
    ['already seated', ['person-1'], 5, 'already_booked'],
    ['every seat taken', ['p-2', 'p-3'], 2, 'workshop_full'],
  ])('%s', (_case, seated, seats, expected) => {
    expect(seatRefusal(seated, 'person-1', seats)).toBe(expected);
  });
});

describe('open workshops and leaving one', () => {
  const workshop = {
    kind: 'group_workshop' as SessionKind,
    officeId: LYON as string | null,
    openToProgrammeIds: ['programme-1'],
  };
  const inProgramme = { programmeId: 'programme-1', officeIds: [LYON] };

  it.each<[string, Partial<typeof workshop>, Partial<typeof inProgramme>, boolean]>([
    ['its programme, in one of the person’s offices', {}, {}, true],
    ['another programme (another sponsor)', {}, { programmeId: 'programme-2' }, false],
    ['held in another office', { officeId: PARIS }, {}, false],
    ['no office (a remote workshop nobody placed)', { officeId: null }, {}, false],
    ['not a workshop', { kind: 'follow_up' }, {}, false],
  ])('open to the person? %s', (_case, changes, person, expected) => {
    expect(workshopOpenToPerson({ ...workshop, ...changes }, { ...inProgramme, ...person })).toBe(expected);
  });

  it.each<[string, string[], number, { seatsLeft: number; joined: boolean }]>([
    ['seats left, not joined', ['p-2'], 3, { seatsLeft: 2, joined: false }],
    ['joined', ['p-2', 'person-1'], 3, { seatsLeft: 1, joined: true }],
    ['full', ['p-2', 'p-3'], 2, { seatsLeft: 0, joined: false }],
    [
      'over the limit (seats cut after people joined)',
      ['p-2', 'p-3', 'p-4'],
      2,
      { seatsLeft: 0, joined: false },
    ],
  ])('seats: %s', (_case, seated, limit, expected) => {
    expect(workshopSeats(seated, 'person-1', limit)).toEqual(expected);
  });

  it.each<[string, string[], string, string | null]>([
    ['seated, before it starts', ['person-1'], '2026-12-01T10:00:00Z', null],
    ['not seated', ['p-2'], '2026-12-01T10:00:00Z', 'not_joined'],
    ['seated, starting now', ['person-1'], '2026-12-01T09:00:00Z', 'already_started'],
    ['seated, started', ['person-1'], '2026-12-01T08:00:00Z', 'already_started'],
  ])('leave? %s', (_case, seated, startsAt, expected) => {
    expect(leaveRefusal(seated, 'person-1', new Date(startsAt), NOW)).toBe(expected);
  });
});
