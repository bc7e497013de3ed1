import { DateTime } from 'luxon';
import { intersectRanges, mergeRanges, windowsOf, type DailyWindow } from './weekly-hours';

export interface Interval {
  start: Date;
  end: Date;
}

export interface SlotSearchRules {
  /** IANA zone of the office: working hours and holidays are read in its local time. */
  timeZone: string;
  /** The coach's weekly working hours. */
  workingHours: readonly DailyWindow[];
  /** The office's opening hours, for sessions held there; null when the place does not matter. */
  openingHours: readonly DailyWindow[] | null;
  /** Closed local dates (`yyyy-MM-dd`): public and office holidays. */
  holidays: ReadonlySet<string>;
  /** The coach's sessions: no slot within `bufferMinutes` of one. */
  sessions: readonly Interval[];
  /** Leave, training days and other absences: no slot overlaps one (no buffer needed). */
  absences: readonly Interval[];
  bufferMinutes: number;
  minimumNoticeMinutes: number;
  durationMinutes: number;
  /** Slots start every `stepMinutes` from the start of each working window. */
  stepMinutes: number;
}

const MINUTE = 60_000;

/**
 * Free slots within a range. Windows are built day by day from local wall time, so a
 * daylight-saving change neither shifts a 9:00 slot to 8:00 or 10:00 nor drops a day; within a
 * window, slots advance in real minutes, so a window crossing the change still yields slots of the
 * real duration.
 */
export function searchSlots(
  range: Interval,
  now: Date,
  rules: SlotSearchRules,
  calendar: LocalCalendar = localCalendar(range, rules.timeZone),
): Interval[] {
  if (rules.durationMinutes <= 0 || rules.stepMinutes <= 0) return [];
  const busy = mergeBusy(rules);
  const earliest = Math.max(range.start.getTime(), now.getTime() + rules.minimumNoticeMinutes * MINUTE);
  const latest = range.end.getTime();
  const duration = rules.durationMinutes * MINUTE;
  const step = rules.stepMinutes * MINUTE;
  const slots: Interval[] = [];
  let busyIndex = 0;

  for (const day of calendar.days) {
    if (rules.holidays.has(day.isoDate)) continue;
    let ranges = windowsOf(rules.workingHours, day.weekday);
    if (rules.openingHours) ranges = intersectRanges(ranges, windowsOf(rules.openingHours, day.weekday));
    for (const [startMinute, endMinute] of ranges) {
      const windowStart = day.instant(startMinute);
      const windowEnd = day.instant(endMinute);
      for (let start = windowStart; start + duration <= windowEnd; start += step) {
        const end = start + duration;
        if (start < earliest || end > latest) continue;
        while ((busy[busyIndex]?.[1] ?? Infinity) <= start) busyIndex++;
        const next = busy[busyIndex];
        if (next && next[0] < end) continue;
        slots.push({ start: new Date(start), end: new Date(end) });
      }
    }
  }
  return slots;
}

/** The local days of a range in one zone, with the instant of each wall-clock minute (memoised). */
export interface LocalCalendar {
  days: { isoDate: string; weekday: number; instant(minuteOfDay: number): number }[];
}

/**
 * Local days are computed once per search and shared by every coach of an office: converting
 * wall-clock times in an IANA zone is the costly part of a search, the rest is arithmetic.
 */
export function localCalendar(range: Interval, timeZone: string): LocalCalendar {
  const days: LocalCalendar['days'] = [];
  let day = DateTime.fromJSDate(range.start, { zone: timeZone }).startOf('day');
  const lastDay = DateTime.fromJSDate(range.end, { zone: timeZone }).startOf('day');
  for (; day <= lastDay; day = day.plus({ days: 1 })) {
    const thisDay = day;
    const instants = new Map<number, number>();
    days.push({
      isoDate: thisDay.toFormat('yyyy-MM-dd'),
      weekday: thisDay.weekday,
      instant(minuteOfDay) {
        let instant = instants.get(minuteOfDay);
        if (instant === undefined) {
          instant = localInstant(thisDay, minuteOfDay);
          instants.set(minuteOfDay, instant);
        }
        return instant;
      },
    });
  }
  return { days };
}

/** The instant of a local wall-clock minute of a day; a time in a spring-forward gap moves on. */
function localInstant(day: DateTime, minuteOfDay: number): number {
  if (minuteOfDay >= 24 * 60) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }).toMillis();
}

/** Sessions widened by the buffer and absences, as sorted disjoint [start, end) millisecond ranges. */
function mergeBusy(rules: SlotSearchRules): [number, number][] {
  const buffer = rules.bufferMinutes * MINUTE;
  return mergeRanges([
    ...rules.sessions.map((s): [number, number] => [s.start.getTime() - buffer, s.end.getTime() + buffer]),
    ...rules.absences.map((a): [number, number] => [a.start.getTime(), a.end.getTime()]),
  ]);
}

export interface CoachSlot extends Interval {
  coachId: string;
}

/** Free slots of several coaches, earliest first; at equal times, coaches in id order. */
export function searchTeamSlots(
  range: Interval,
  now: Date,
  coaches: readonly { coachId: string; rules: SlotSearchRules }[],
): CoachSlot[] {
  const calendars = new Map<string, LocalCalendar>();
  const calendarOf = (zone: string) => {
    let calendar = calendars.get(zone);
    if (!calendar) calendars.set(zone, (calendar = localCalendar(range, zone)));
    return calendar;
  };
  const ordered = [...coaches].sort((a, b) => (a.coachId < b.coachId ? -1 : a.coachId > b.coachId ? 1 : 0));
  const slots: CoachSlot[] = [];
  for (const { coachId, rules } of ordered) {
    for (const slot of searchSlots(range, now, rules, calendarOf(rules.timeZone))) {
      (slot as CoachSlot).coachId = coachId;
      slots.push(slot as CoachSlot);
    }
  }
  // Stable sort on the instant alone: coaches were taken in id order.
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
}

export type RuleBreach =
  'before_minimum_notice' | 'holiday' | 'outside_hours' | 'absence' | 'too_close_to_session';

/**
 * Why a proposed slot breaks the rules, or null when it keeps them: within one working window of
 * its local day (and the office's opening hours), not on a holiday, with the notice and the
 * buffers kept, and not in an absence. Used to check a person's self-booking.
 */
export function slotRuleBreach(slot: Interval, now: Date, rules: SlotSearchRules): RuleBreach | null {
  const start = slot.start.getTime();
  const end = slot.end.getTime();
  if (start < now.getTime() + rules.minimumNoticeMinutes * MINUTE) return 'before_minimum_notice';
  const day = DateTime.fromJSDate(slot.start, { zone: rules.timeZone }).startOf('day');
  if (rules.holidays.has(day.toFormat('yyyy-MM-dd'))) return 'holiday';
  let ranges = windowsOf(rules.workingHours, day.weekday);
  if (rules.openingHours) ranges = intersectRanges(ranges, windowsOf(rules.openingHours, day.weekday));
  const inWindow = ranges.some(
    ([from, to]) => localInstant(day, from) <= start && end <= localInstant(day, to),
  );
  if (!inWindow) return 'outside_hours';
  if (rules.absences.some((a) => a.start.getTime() < end && start < a.end.getTime())) return 'absence';
  const buffer = rules.bufferMinutes * MINUTE;
  if (rules.sessions.some((s) => s.start.getTime() - buffer < end && start < s.end.getTime() + buffer))
    return 'too_close_to_session';
  return null;
}
