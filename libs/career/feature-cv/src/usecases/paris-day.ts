const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** yyyy-mm-dd of an instant in Paris: the day a person in France is living. */
export const parisDay = (at: Date): string => PARIS_DAY.format(at);
