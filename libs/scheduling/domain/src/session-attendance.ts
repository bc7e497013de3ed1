import type { SessionKind } from '@passerelle/shared/contracts';
import type { Caller } from './access';

export type ParticipantStatus = 'booked' | 'cancelled' | 'attended' | 'no_show';

export interface Participant {
  candidateId: string;
  status: ParticipantStatus;
}

/** The people still expected at a session. */
export const bookedPeople = (participants: readonly Participant[]): string[] =>
  participants.filter((p) => p.status === 'booked').map((p) => p.candidateId);

/**
 * What a cancellation cancels: a person cancelling a group workshop gives up their own seat
 * only; anyone else cancels the session for everyone still booked.
 */
export function cancellation(
  caller: Caller,
  access: 'all' | 'self',
  kind: SessionKind,
  participants: readonly Participant[],
): { seatOnly: boolean; cancelled: string[] } {
  const booked = bookedPeople(participants);
  const seatOnly = access === 'self' && kind === 'group_workshop';
  const cancelled = seatOnly
    ? booked.filter((id) => caller.role === 'candidate' && id === caller.candidateId)
    : booked;
  return { seatOnly, cancelled };
}

/** Who the event says cancelled: sponsor HR and committee members never cancel, so anything not a person's or coach's is ops'. */
export const cancelledBy = (role: Caller['role']): 'candidate' | 'coach' | 'ops' =>
  role === 'sponsor' || role === 'committee' ? 'ops' : role;

/**
 * A no-show: the people named (everyone still booked when none are), each of whom must be booked;
 * when nobody is left to come and nobody attended, the whole session was a no-show.
 */
export function noShow(
  participants: readonly Participant[],
  named: readonly string[] | null,
): { absent: string[]; notBooked: string | null; nobodyCame: boolean } {
  const booked = bookedPeople(participants);
  const absent = [...(named ?? booked)];
  const notBooked = absent.find((id) => !booked.includes(id)) ?? null;
  const nobodyCame = booked.length === absent.length && !participants.some((p) => p.status === 'attended');
  return { absent, notBooked, nobodyCame };
}
