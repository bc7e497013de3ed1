import { z } from 'zod';

/** One working or opening window of a weekday, in the office's local wall time. */
export interface DailyWindow {
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** `HH:mm`, local wall time. */
  start: string;
  /** `HH:mm`, local wall time, after start; `24:00` closes at midnight. */
  end: string;
}

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export const dailyWindowSchema = z
  .object({
    weekday: z
      .number()
      .int()
      .min(1, 'weekday is 1 (Monday) to 7 (Sunday)')
      .max(7, 'weekday is 1 (Monday) to 7 (Sunday)'),
    start: z.string().regex(hhmm, 'start must be HH:mm'),
    end: z.string().regex(hhmm, 'end must be HH:mm'),
  })
  .refine((window) => minutesOfDay(window.start) < minutesOfDay(window.end), {
    message: 'end must be after start',
    path: ['end'],
  });

export function minutesOfDay(value: string): number {
  const [hours = 0, minutes = 0] = value.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Minute ranges [start, end) of one weekday, sorted and merged. */
export function windowsOf(windows: readonly DailyWindow[], weekday: number): [number, number][] {
  return mergeRanges(
    windows
      .filter((window) => window.weekday === weekday)
      .map((window): [number, number] => [minutesOfDay(window.start), minutesOfDay(window.end)]),
  );
}

/** [start, end) ranges sorted by start, those that overlap or touch merged into one. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Where two sets of minute ranges overlap. */
export function intersectRanges(a: [number, number][], b: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [aStart, aEnd] of a) {
    for (const [bStart, bEnd] of b) {
      const start = Math.max(aStart, bStart);
      const end = Math.min(aEnd, bEnd);
      if (start < end) out.push([start, end]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}
