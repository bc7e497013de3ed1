import type { SessionKind } from '@passerelle/shared/contracts';
import { homeOffice, opsServes, type Caller, type CoachPlace } from './access';

/** Why a booking or a move is refused before any slot is looked at. */
export type BookingRefusal = 'starts_in_past' | 'workshop_created_by_person';

/** A session is booked, or moved, only to a time still ahead. */
export const startsInPast = (startsAt: Date, now: Date): boolean => startsAt <= now;

/** A session starts in the future; people join workshops, only coaches and ops create them. */
export function bookingRefusal(
  caller: Caller,
  request: { kind: SessionKind; startsAt: Date },
  now: Date,
): BookingRefusal | null {
  if (startsInPast(request.startsAt, now)) return 'starts_in_past';
  if (caller.role === 'candidate' && request.kind === 'group_workshop') return 'workshop_created_by_person';
  return null;
}

/** A person books with their own coach, a coach for themself, ops for a coach of their offices. */
export function mayBookWithCoach(
  caller: Caller,
  coach: CoachPlace,
  personsCoachId: string | null | undefined,
): boolean {
  switch (caller.role) {
    case 'candidate':
      return personsCoachId === coach.id;
    case 'coach':
      return caller.coachId === coach.id;
    case 'ops':
    case 'sponsor':
    case 'committee':
      return opsServes(caller, coach.officeIds);
  }
}

/** Why a room does not do: not in one of the coach's offices, or fewer seats than the workshop offers. */
export function roomRefusal(
  room: { officeId: string; capacity: number } | null,
  coach: CoachPlace,
  workshopSeats: number | null,
): 'room_not_in_coach_office' | 'room_too_small' | null {
  if (!room || !coach.officeIds.includes(room.officeId)) return 'room_not_in_coach_office';
  if (workshopSeats !== null && workshopSeats > room.capacity) return 'room_too_small';
  return null;
}

/** A group workshop offers the seats asked for; any other session one. */
export function seatsOffered(kind: SessionKind, seatLimit: number | null | undefined): number {
  return kind === 'group_workshop' ? (seatLimit ?? 1) : 1;
}

/** A workshop is moved by its coach or ops; a person in it may only give up their seat. */
export function mayMoveSession(access: 'all' | 'self', kind: SessionKind): boolean {
  return !(access === 'self' && kind === 'group_workshop');
}

/** Only ops of the new coach's offices may move a session to another coach. */
export function mayMoveToCoach(caller: Caller, coach: CoachPlace): boolean {
  return opsServes(caller, coach.officeIds);
}

/**
 * Where a moved session is held: the room's office; else its office if its coach works there;
 * else the coach's first office.
 */
export function officeOfMovedSession(
  roomOfficeId: string | null,
  currentOfficeId: string | null,
  coach: CoachPlace,
): string {
  if (roomOfficeId) return roomOfficeId;
  return currentOfficeId && coach.officeIds.includes(currentOfficeId) ? currentOfficeId : homeOffice(coach);
}

/**
 * Whether a workshop is open to a person, as this caller seats them: it must be open to the
 * person's programme whoever seats them (the office alone would let people of another sponsor in);
 * its coach, ops of the coach's offices, or the person when it is held in one of their offices.
 */
export function workshopOpenTo(
  caller: Caller,
  workshop: {
    kind: SessionKind;
    coachId: string;
    officeId: string | null;
    openToProgrammeIds: readonly string[];
  },
  coach: CoachPlace,
  person: { programmeId: string; officeIds: readonly string[] },
): boolean {
  if (workshop.kind !== 'group_workshop' || !workshop.openToProgrammeIds.includes(person.programmeId))
    return false;
  switch (caller.role) {
    case 'coach':
      return caller.coachId === workshop.coachId;
    case 'ops':
      return opsServes(caller, coach.officeIds);
    case 'candidate':
    case 'sponsor':
      return person.officeIds.includes(workshop.officeId ?? '');
    case 'committee':
      return false;
  }
}

/** A person joins a workshop no later than the office's minimum notice before it starts. */
export function tooLateToJoin(
  caller: Caller,
  startsAt: Date,
  now: Date,
  minimumNoticeMinutes: number,
): boolean {
  return caller.role === 'candidate' && startsAt.getTime() < now.getTime() + minimumNoticeMinutes * 60_000;
}

/** A seat is refused to someone already seated, or when every seat is taken. */
export function seatRefusal(
  seatedIds: readonly string[],
  candidateId: string,
  seatLimit: number,
): 'already_booked' | 'workshop_full' | null {
  if (seatedIds.includes(candidateId)) return 'already_booked';
  if (seatedIds.length >= seatLimit) return 'workshop_full';
  return null;
}

/**
 * Whether a person may join a workshop themself: open to their programme and held in one of their
 * offices (what `workshopOpenTo` asks of a person seating themself). The list of workshops open to
 * someone follows this rule whoever reads it, so their coach and ops see what the person sees.
 */
export function workshopOpenToPerson(
  workshop: { kind: SessionKind; officeId: string | null; openToProgrammeIds: readonly string[] },
  person: { programmeId: string; officeIds: readonly string[] },
): boolean {
  return (
    workshop.kind === 'group_workshop' &&
    workshop.openToProgrammeIds.includes(person.programmeId) &&
    person.officeIds.includes(workshop.officeId ?? '')
  );
}

/** A workshop's seats as one person sees them: how many are left, and whether one is theirs. */
export function workshopSeats(
  seatedIds: readonly string[],
  candidateId: string,
  seatLimit: number,
): { seatsLeft: number; joined: boolean } {
  return { seatsLeft: Math.max(0, seatLimit - seatedIds.length), joined: seatedIds.includes(candidateId) };
}

/** A seat is given up only by someone seated, and only before the workshop starts. */
export function leaveRefusal(
  seatedIds: readonly string[],
  candidateId: string,
  startsAt: Date,
  now: Date,
): 'not_joined' | 'already_started' | null {
  if (!seatedIds.includes(candidateId)) return 'not_joined';
  if (startsAt.getTime() <= now.getTime()) return 'already_started';
  return null;
}
