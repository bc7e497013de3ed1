import type { SessionMode } from '@passerelle/shared/contracts';

/** Where a workshop is held: in an office (in person, in a room) or remote (by video). */
export type WorkshopPlace = 'office' | 'remote';

/** In person is in an office; a video workshop is remote (a workshop is never by phone). */
export const workshopPlace = (mode: SessionMode): WorkshopPlace => (mode === 'video' ? 'remote' : 'office');

/** What joining a workshop gives a person: a seat, a place on its waiting list, or a refusal. */
export type JoinOutcome = 'seat' | 'waiting_list' | 'already_booked' | 'already_waiting';

/**
 * A free seat goes to whoever asks, unless people are already waiting for one (they come first);
 * a full workshop puts the person at the end of its waiting list.
 */
export function joinOutcome(
  seatedIds: readonly string[],
  waitingIds: readonly string[],
  candidateId: string,
  seatLimit: number,
): JoinOutcome {
  if (seatedIds.includes(candidateId)) return 'already_booked';
  if (waitingIds.includes(candidateId)) return 'already_waiting';
  return seatedIds.length < seatLimit && waitingIds.length === 0 ? 'seat' : 'waiting_list';
}

/** A person's place on a waiting list, from 1; null when not on it. */
export function waitingPosition(waitingIds: readonly string[], candidateId: string): number | null {
  const index = waitingIds.indexOf(candidateId);
  return index < 0 ? null : index + 1;
}

/**
 * Who of the waiting list (in its order) takes the seats now free: the first ones, one per free
 * seat. Nobody when the workshop is no longer booked or has already started.
 */
export function seatsToFill(
  workshop: { status: string; startsAt: Date; seatLimit: number },
  seatedCount: number,
  waitingIds: readonly string[],
  now: Date,
): string[] {
  if (workshop.status !== 'booked' || workshop.startsAt.getTime() <= now.getTime()) return [];
  return waitingIds.slice(0, Math.max(0, workshop.seatLimit - seatedCount));
}

/** A workshop's seats cannot drop below those taken, nor exceed its room. */
export function seatLimitRefusal(
  seatLimit: number,
  seatedCount: number,
  roomCapacity: number | null,
): 'below_seats_taken' | 'room_too_small' | null {
  if (seatLimit < seatedCount) return 'below_seats_taken';
  if (roomCapacity !== null && seatLimit > roomCapacity) return 'room_too_small';
  return null;
}
