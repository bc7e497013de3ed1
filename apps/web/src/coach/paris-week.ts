/** Days and weeks as the offices live them: in Paris time, whatever the browser's zone. */

const PARIS = 'Europe/Paris';
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: PARIS, timeZoneName: 'longOffset' });

/** The day (YYYY-MM-DD) an instant falls on in Paris. */
export function parisDay(instant: Date): string {
  return dayFormat.format(instant);
}

/** A day plus (or minus) some days, as YYYY-MM-DD. */
export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week a day belongs to. */
export function mondayOf(isoDay: string): string {
  const weekday = new Date(`${isoDay}T00:00:00Z`).getUTCDay();
  return addDays(isoDay, -((weekday + 6) % 7));
}

/** Minutes Paris is ahead of UTC at an instant ("GMT+01:00" is 60). */
function parisOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The instant midnight starts a day in Paris. */
export function parisMidnight(isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - parisOffsetMinutes(utcMidnight) * 60_000);
}

/** A Monday given in a path, or null when the path names none (or not a real day). */
export function mondayFromPath(segment: string | undefined): string | null {
  if (!segment || !/^\d{4}-\d{2}-\d{2}$/.test(segment)) return null;
  if (Number.isNaN(Date.parse(`${segment}T00:00:00Z`))) return null;
  return mondayOf(segment);
}
