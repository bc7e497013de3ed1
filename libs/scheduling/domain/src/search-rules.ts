import { DateTime } from 'luxon';
import type { SessionMode } from '@passerelle/shared/contracts';
import { SLOT_STEP_MINUTES } from './session-rules';
import type { Interval, SlotSearchRules } from './slot-search';
import type { DailyWindow } from './weekly-hours';

/** What of an office the slot search reads: its zone, hours, buffer and notice. */
export interface OfficeSearchSettings {
  timeZone: string;
  openingHours: readonly DailyWindow[];
  bufferMinutes: number;
  minimumNoticeMinutes: number;
}

/** The years a range touches in the office's local time: their holidays are the ones that matter. */
export function yearsSpanned(range: Interval, timeZone: string): number[] {
  const first = DateTime.fromJSDate(range.start, { zone: timeZone }).year;
  const last = DateTime.fromJSDate(range.end, { zone: timeZone }).year;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The search rules of one coach, read in the office the session would be held in: the coach's
 * working hours, and the office's opening hours only when the person comes to the office (in
 * person); its zone, holidays, buffer and notice; slots every SLOT_STEP_MINUTES.
 */
export function coachSearchRules(
  coach: { weeklyHours: readonly DailyWindow[] },
  office: OfficeSearchSettings,
  request: { mode: SessionMode; durationMinutes: number },
  calendar: { holidays: ReadonlySet<string>; sessions: readonly Interval[]; absences: readonly Interval[] },
): SlotSearchRules {
  return {
    timeZone: office.timeZone,
    workingHours: coach.weeklyHours,
    openingHours: request.mode === 'in_person' ? office.openingHours : null,
    holidays: calendar.holidays,
    sessions: calendar.sessions,
    absences: calendar.absences,
    bufferMinutes: office.bufferMinutes,
    minimumNoticeMinutes: office.minimumNoticeMinutes,
    durationMinutes: request.durationMinutes,
    stepMinutes: SLOT_STEP_MINUTES,
  };
}
