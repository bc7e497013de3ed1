import { easterSunday, frenchPublicHolidays } from './french-public-holidays';

describe('easterSunday', () => {
  it.each([
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [2285, 3, 22],
  ])('%i falls on %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('frenchPublicHolidays', () => {
  it('lists the eleven holidays of 2026 with the movable ones from Easter', () => {
    expect(frenchPublicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-06', // Easter Monday
      '2026-05-01',
      '2026-05-08',
      '2026-05-14', // Ascension
      '2026-05-25', // Whit Monday
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it.each([
    [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
    [2027, '2027-03-29', '2027-05-06', '2027-05-17'],
  ])('%i: Easter Monday %s, Ascension %s, Whit Monday %s', (year, monday, ascension, whit) => {
    const byName = new Map(frenchPublicHolidays(year).map((h) => [h.name, h.date]));
    expect(byName.get('Lundi de Pâques')).toBe(monday);
    expect(byName.get('Ascension')).toBe(ascension);
    expect(byName.get('Lundi de Pentecôte')).toBe(whit);
  });
});
