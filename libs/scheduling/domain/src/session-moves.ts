import { DateTime } from 'luxon';
import type { Track } from '@passerelle/shared/contracts';
import { windowsOf, type DailyWindow } from './weekly-hours';

/** A session still ahead that a room or coach being deactivated holds. */
export interface SessionToMove {
  startsAt: Date;
  endsAt: Date;
  officeId: string;
  /** The office's IANA zone: weekly hours are its wall time. */
  timeZone: string;
  coachId: string;
  roomId: string | null;
  /** Seats the session needs in a room: its people (a workshop: its seat limit). */
  seats: number;
  /** The person's track, when one person's session and they are diagnosed. */
  track: Track | null;
}

export interface RoomOption {
  id: string;
  officeId: string;
  active: boolean;
  capacity: number;
}

export interface CoachOption {
  id: string;
  active: boolean;
  officeIds: readonly string[];
  specialties: readonly Track[];
  weeklyHours: readonly DailyWindow[];
}

/**
 * Rooms the session could move to at the same time: active, in its office, seating everyone, not its
 * own room, and free then (`busy`: rooms held at that time).
 */
export function roomMoveOptions<R extends RoomOption>(
  session: SessionToMove,
  rooms: readonly R[],
  busy: ReadonlySet<string>,
): R[] {
  return rooms.filter(
    (room) =>
      room.active &&
      room.officeId === session.officeId &&
      room.id !== session.roomId &&
      room.capacity >= session.seats &&
      !busy.has(room.id),
  );
}

/**
 * Coaches who could take the session at the same time: active, working in its office, with the
 * person's track as a specialty (any coach of the office for a workshop or a person not yet
 * diagnosed), working then by their weekly hours, neither held (`busy`) nor away (`absent`).
 */
export function coachMoveOptions<C extends CoachOption>(
  session: SessionToMove,
  coaches: readonly C[],
  busy: ReadonlySet<string>,
  absent: ReadonlySet<string>,
): C[] {
  return coaches.filter(
    (coach) =>
      coach.active &&
      coach.id !== session.coachId &&
      coach.officeIds.includes(session.officeId) &&
      (session.track === null || coach.specialties.includes(session.track)) &&
      worksDuring(coach.weeklyHours, session.startsAt, session.endsAt, session.timeZone) &&
      !busy.has(coach.id) &&
      !absent.has(coach.id),
  );
}

/** The interval lies within one of the weekly windows of its (local) day. */
export function worksDuring(
  windows: readonly DailyWindow[],
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
): boolean {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const from = start.hour * 60 + start.minute;
  // A session past midnight ends after 24:00 and so fits no window.
  const to = from + Math.ceil((endsAt.getTime() - startsAt.getTime()) / 60_000);
  return windowsOf(windows, start.weekday).some(([open, close]) => open <= from && to <= close);
}

/** Why a room or coach is not deactivated now. */
export type DeactivationRefusal = 'future_sessions_remain' | null;

/**
 * A room or coach is deactivated only once nothing ahead needs it, unless ops explicitly cancel
 * what remains (with a reason, the people told): nobody loses an appointment silently.
 */
export function deactivationRefusal(remaining: number, cancelRemaining: boolean): DeactivationRefusal {
  return remaining > 0 && !cancelRemaining ? 'future_sessions_remain' : null;
}

/** An office closes only once none of its rooms and no coach working there is active. */
export function officeDeactivationRefusal(
  activeRooms: number,
  activeCoaches: number,
): 'office_in_use' | null {
  return activeRooms > 0 || activeCoaches > 0 ? 'office_in_use' : null;
}

/** Why a person's answer to a coach change is not taken. */
export type CoachChangeAnswerRefusal = 'not_pending' | 'session_not_ahead' | null;

/**
 * A person answers a pending proposal, for a session still booked, ahead, and with the coach it was
 * proposed to replace (else ops moved it meanwhile and the proposal no longer holds).
 */
export function coachChangeAnswerRefusal(
  proposal: { status: string; fromCoachId: string },
  session: { status: string; startsAt: Date; coachId: string },
  now: Date,
): CoachChangeAnswerRefusal {
  if (proposal.status !== 'pending') return 'not_pending';
  if (session.status !== 'booked' || session.startsAt <= now || session.coachId !== proposal.fromCoachId)
    return 'session_not_ahead';
  return null;
}
