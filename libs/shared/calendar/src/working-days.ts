import { DateTime } from 'luxon';
import { frenchPublicHolidays } from './french-public-holidays';

/** Where the platform's working days are counted: metropolitan France. */
export const PARIS = 'Europe/Paris';

/** The local date (`yyyy-MM-dd`) of an instant in Paris. */
export function parisDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: PARIS }).toFormat('yyyy-MM-dd');
}

/** Midnight in Paris at the start of a local date, as an instant. */
export function startOfParisDay(date: string): Date {
  return DateTime.fromISO(date, { zone: PARIS }).startOf('day').toJSDate();
}

const holidaysByYear = new Map<number, ReadonlySet<string>>();

function holidaysOf(year: number): ReadonlySet<string> {
  let dates = holidaysByYear.get(year);
  if (!dates) {
    dates = new Set(frenchPublicHolidays(year).map((holiday) => holiday.date));
    holidaysByYear.set(year, dates);
  }
  return dates;
}

// Calendar dates are walked as UTC midnights with plain Date arithmetic: counting a programme's
// people's working days one by one through luxon took seconds for 10,000 people.
const DAY_MS = 86_400_000;
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function isWorkingUtcDay(ms: number): boolean {
  const day = new Date(ms);
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaysOf(day.getUTCFullYear()).has(isoDay(ms));
}

/** Monday to Friday, and not one of the eleven French public holidays. */
export function isWorkingDay(date: string): boolean {
  return isWorkingUtcDay(utcDay(date));
}

/** The `n`-th working day after a local date (n >= 1); the date itself never counts. */
export function addWorkingDays(date: string, n: number): string {
  let day = utcDay(date);
  let left = n;
  while (left > 0) {
    day += DAY_MS;
    if (isWorkingUtcDay(day)) left -= 1;
  }
  return isoDay(day);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  const start = utcDay(from);
  const end = utcDay(to);
  if (end <= start) return 0;
  // Whole weeks hold five weekdays each; the days left over are walked (at most six).
  const days = Math.round((end - start) / DAY_MS);
  let count = Math.floor(days / 7) * 5;
  for (let day = start + Math.floor(days / 7) * 7 * DAY_MS + DAY_MS; day <= end; day += DAY_MS) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  // Then the public holidays of the span that fall on a weekday.
  for (let year = new Date(start).getUTCFullYear(); year <= new Date(end).getUTCFullYear(); year++) {
    for (const date of holidaysOf(year)) {
      const day = utcDay(date);
      const weekday = new Date(day).getUTCDay();
      if (day > start && day <= end && weekday !== 0 && weekday !== 6) count -= 1;
    }
  }
  return count;
}
