/** Committees count months as the people concerned live them: in Paris. */

/** yyyy-mm of an instant, in Paris (committees count months as the people concerned live them). */
export function monthOf(at: Date): string {
  // en-CA writes a year and a 2-digit month as yyyy-mm.
  return PARIS_MONTH.format(at);
}

// One formatter for every call: making one costs far more than formatting (10,000 people's months).
const PARIS_MONTH = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
});

/** Every yyyy-mm from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
