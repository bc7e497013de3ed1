import type { SessionKind } from '@passerelle/shared/contracts';

/** The usual length of each kind of session, in minutes. */
export const DEFAULT_DURATION_MINUTES: Record<SessionKind, number> = {
  welcome: 60,
  diagnostic: 90,
  debrief: 60,
  follow_up: 60,
  group_workshop: 120,
};

/** Reminders before each session: 24 h and 1 h. */
export const REMINDER_LEAD_MINUTES = [24 * 60, 60] as const;

/** Slots are offered every quarter of an hour from the start of a working window. */
export const SLOT_STEP_MINUTES = 15;

/** How far ahead the next free slots are looked for after a lost race. */
export const NEXT_SLOTS_HORIZON_DAYS = 14;
export const NEXT_SLOTS_COUNT = 3;

export const CANCEL_REASONS = [
  'candidate_unavailable',
  'coach_unavailable',
  'illness',
  'emergency',
  'booked_by_mistake',
  'other',
] as const;

/** PostgreSQL's exclusion_violation: an overlapping booking already holds the resource. */
export function exclusionViolation(error: unknown): { resource: string } | null {
  const driver = (error as { driverError?: { code?: string; detail?: string } }).driverError ?? error;
  const { code, detail } = driver as { code?: string; detail?: string };
  if (code !== '23P01') return null;
  const resource = /=\((coach|room|candidate),/.exec(detail ?? '')?.[1] ?? 'resource';
  return { resource };
}
