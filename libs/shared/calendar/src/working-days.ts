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

/** Monday to Friday, and not one of the eleven French public holidays. */
export function isWorkingDay(date: string): boolean {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  return day.weekday <= 5 && !holidaysOf(day.year).has(date);
}

/** The `n`-th working day after a local date (n >= 1); the date itself never counts. */
export function addWorkingDays(date: string, n: number): string {
  let day = DateTime.fromISO(date, { zone: 'utc' });
  let left = n;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day.toFormat('yyyy-MM-dd'))) left -= 1;
  }
  return day.toFormat('yyyy-MM-dd');
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let day = DateTime.fromISO(from, { zone: 'utc' });
  const end = DateTime.fromISO(to, { zone: 'utc' });
  let count = 0;
  while (day < end) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day.toFormat('yyyy-MM-dd'))) count += 1;
  }
  return count;
}
