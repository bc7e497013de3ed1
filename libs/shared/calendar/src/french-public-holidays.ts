import { DateTime } from 'luxon';

export interface Holiday {
  /** Local calendar date, ISO `yyyy-MM-dd`. */
  date: string;
  name: string;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/**
 * The eleven public holidays of metropolitan France (Code du travail, L3133-1). Alsace-Moselle's
 * Good Friday and 26 December are left to each office's extra holidays.
 */
export function frenchPublicHolidays(year: number): Holiday[] {
  const easter = DateTime.fromObject({ year, ...easterSunday(year) }, { zone: 'utc' });
  const fixed = (month: number, day: number, name: string): Holiday => ({
    date: DateTime.fromObject({ year, month, day }, { zone: 'utc' }).toFormat('yyyy-MM-dd'),
    name,
  });
  const afterEaster = (days: number, name: string): Holiday => ({
    date: easter.plus({ days }).toFormat('yyyy-MM-dd'),
    name,
  });
  return [
    fixed(1, 1, "Jour de l'an"),
    afterEaster(1, 'Lundi de Pâques'),
    fixed(5, 1, 'Fête du Travail'),
    fixed(5, 8, 'Victoire 1945'),
    afterEaster(39, 'Ascension'),
    afterEaster(50, 'Lundi de Pentecôte'),
    fixed(7, 14, 'Fête nationale'),
    fixed(8, 15, 'Assomption'),
    fixed(11, 1, 'Toussaint'),
    fixed(11, 11, 'Armistice 1918'),
    fixed(12, 25, 'Noël'),
  ].sort((x, y) => x.date.localeCompare(y.date));
}
