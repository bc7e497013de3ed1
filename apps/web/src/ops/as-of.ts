/** yyyy-mm-dd of an instant in Paris (the offices' zone). */
export function parisDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(instant);
}

/** The last second of a day in Paris, as an instant with its offset (winter +01:00, summer +02:00). */
export function endOfParisDay(day: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = zone?.replace('GMT', '') || '+01:00';
  return `${day}T23:59:59${offset}`;
}

/**
 * The `asOf` to ask reporting for, from the day a date field holds: today (or nothing) is now (the
 * service's clock), a past day its end in Paris; a day to come is not asked for (`future`).
 */
export function asOfOfDay(day: string, today: string): { asOf: string | null; future: boolean } {
  if (day !== '' && day > today) return { asOf: null, future: true };
  return { asOf: day === '' || day === today ? null : endOfParisDay(day), future: false };
}
