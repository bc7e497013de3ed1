import type { SessionKind, SessionMode } from '@passerelle/shared/contracts';

/** The usual length of each kind of session, in minutes. */
export const DEFAULT_DURATION_MINUTES: Record<SessionKind, number> = {
  welcome: 60,
  diagnostic: 90,
  debrief: 60,
  follow_up: 60,
  group_workshop: 120,
};

/** A session lasts what was asked, else the usual length of its kind. */
export function sessionMinutes(kind: SessionKind, durationMinutes: number | null | undefined): number {
  return durationMinutes ?? DEFAULT_DURATION_MINUTES[kind];
}

/** When a session of this length starting then ends. */
export function sessionEnd(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}

/** How long a session lasts, in minutes (kept when it is moved). */
export function minutesBetween(start: Date, end: Date): number {
  return (end.getTime() - start.getTime()) / 60_000;
}

/** Slots are offered every quarter of an hour from the start of a working window. */
export const SLOT_STEP_MINUTES = 15;

/** How far ahead the next free slots are looked for after a lost race, and how many are offered. */
export const NEXT_SLOTS_HORIZON_DAYS = 14;
export const NEXT_SLOTS_COUNT = 3;

/** A coach's calendar is read at most this many days at once (and the query's cost with it). */
export const CALENDAR_MAX_DAYS = 62;

/** A calendar range runs forward, for at most CALENDAR_MAX_DAYS. */
export function calendarRangeFits(from: Date, to: Date): boolean {
  return to.getTime() > from.getTime() && to.getTime() - from.getTime() <= CALENDAR_MAX_DAYS * 86_400_000;
}

/** Why a session is cancelled. */
export const CANCEL_REASONS = [
  'candidate_unavailable',
  'coach_unavailable',
  'illness',
  'emergency',
  'booked_by_mistake',
  'other',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** A video session takes the link given, else one of its own; other sessions have none. */
export function videoLinkOf(
  mode: SessionMode,
  given: string | null | undefined,
  sessionId: string,
): string | null {
  if (mode !== 'video') return null;
  return given ?? `https://visio.passerelle.example/s/${sessionId}`;
}
