import { frenchPublicHolidays } from '@passerelle/shared/calendar';

// The French public holidays moved to the shared calendar (reporting counts working days with them).
export { easterSunday, frenchPublicHolidays, type Holiday } from '@passerelle/shared/calendar';

export interface OfficeHolidayRules {
  /** Whether the French public holidays apply (true for every office in France). */
  frenchPublicHolidays: boolean;
  /** Further closed days of this office, ISO dates (regional holidays, bridges, closures). */
  extraHolidays: readonly string[];
}

/** The closed local dates of an office for the given years. */
export function officeHolidays(rules: OfficeHolidayRules, years: readonly number[]): Set<string> {
  const dates = new Set<string>(rules.extraHolidays);
  if (rules.frenchPublicHolidays) {
    for (const year of years) for (const holiday of frenchPublicHolidays(year)) dates.add(holiday.date);
  }
  return dates;
}
