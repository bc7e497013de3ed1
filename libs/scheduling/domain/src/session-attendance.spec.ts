import type { SessionKind } from '@passerelle/shared/contracts';
import type { Caller } from './access';
import { cancellation, cancelledBy, noShow, type Participant } from './session-attendance';

const seat = (candidateId: string, status: Participant['status'] = 'booked'): Participant => ({
  candidateId,
  status,
});
const person: Caller = { role: 'candidate', candidateId: 'p-1' };
const coach: Caller = { role: 'coach', coachId: 'c', officeIds: [] };

describe('cancellation', () => {
  const seats = [seat('p-1'), seat('p-2'), seat('p-3', 'cancelled')];
  it.each<[string, Caller, 'all' | 'self', SessionKind, boolean, string[]]>([
    ['a person leaving a workshop gives up their seat', person, 'self', 'group_workshop', true, ['p-1']],
    ['a person cancelling their session cancels it', person, 'self', 'follow_up', false, ['p-1', 'p-2']],
    [
      'the coach cancelling a workshop cancels it for all booked',
      coach,
      'all',
      'group_workshop',
      false,
      ['p-1', 'p-2'],
    ],
  ])('%s', (_case, caller, access, kind, seatOnly, cancelled) => {
    expect(cancellation(caller, access, kind, seats)).toEqual({ seatOnly, cancelled });
  });

  it.each<[Caller['role'], string]>([
    ['candidate', 'candidate'],
    ['coach', 'coach'],
    ['ops', 'ops'],
    ['sponsor', 'ops'],
  ])('cancelled by %s reads %s', (role, expected) => {
    expect(cancelledBy(role)).toBe(expected);
  });
});

describe('noShow', () => {
  it.each<[string, Participant[], string[] | null, ReturnType<typeof noShow>]>([
    [
      'nobody named: everyone booked was absent, the session too',
      [seat('p-1'), seat('p-2')],
      null,
      { absent: ['p-1', 'p-2'], notBooked: null, nobodyCame: true },
    ],
    [
      'one of two: the session goes on',
      [seat('p-1'), seat('p-2')],
      ['p-2'],
      { absent: ['p-2'], notBooked: null, nobodyCame: false },
    ],
    [
      'the last one booked, after someone attended: the session still took place',
      [seat('p-1', 'attended'), seat('p-2')],
      ['p-2'],
      { absent: ['p-2'], notBooked: null, nobodyCame: false },
    ],
    [
      'someone not booked (cancelled) is refused',
      [seat('p-1'), seat('p-2', 'cancelled')],
      ['p-2'],
      { absent: ['p-2'], notBooked: 'p-2', nobodyCame: true },
    ],
  ])('%s', (_case, participants, named, expected) => {
    expect(noShow(participants, named)).toEqual(expected);
  });
});
