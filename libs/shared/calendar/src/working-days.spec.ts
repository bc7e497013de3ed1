import { addWorkingDays, isWorkingDay, parisDate, startOfParisDay, workingDaysBetween } from './working-days';

describe('isWorkingDay', () => {
  it.each([
    ['2026-03-02', true], // a Monday
    ['2026-03-07', false], // a Saturday
    ['2026-03-08', false], // a Sunday
    ['2026-04-06', false], // Easter Monday
    ['2026-05-14', false], // Ascension, a Thursday
    ['2026-07-14', false],
    ['2026-12-24', true],
    ['2026-12-25', false],
  ])('%s: %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['a Monday plus 8 is the Thursday of the next week', '2026-03-02', 8, '2026-03-12'],
    ['a Friday plus 1 is the Monday', '2026-03-06', 1, '2026-03-09'],
    ['from a Saturday, the Monday is the first', '2026-03-07', 1, '2026-03-09'],
    ['Easter Monday is skipped', '2026-04-02', 2, '2026-04-07'],
    ['Ascension and Whit Monday in the same span', '2026-05-11', 8, '2026-05-22'],
    ['over the new year', '2026-12-24', 3, '2026-12-30'],
    ['into the next year, 1 January skipped', '2026-12-30', 2, '2027-01-04'],
  ])('%s', (_, date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['the same day', '2026-03-02', '2026-03-02', 0],
    ['an earlier day', '2026-03-05', '2026-03-02', 0],
    ['Monday to Friday', '2026-03-02', '2026-03-06', 4],
    ['Friday to Monday', '2026-03-06', '2026-03-09', 1],
    ['a week with Easter Monday', '2026-04-03', '2026-04-10', 4],
    ['the inverse of addWorkingDays', '2026-05-11', '2026-05-22', 8],
  ])('%s', (_, from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it('agrees with counting day by day, over two years from every weekday', () => {
    for (let offset = 0; offset < 7; offset++) {
      const from = new Date(Date.UTC(2026, 0, 1 + offset));
      let counted = 0;
      for (let n = 1; n <= 730; n++) {
        const day = new Date(from.getTime() + n * 86_400_000).toISOString().slice(0, 10);
        if (isWorkingDay(day)) counted += 1;
        expect([n, workingDaysBetween(from.toISOString().slice(0, 10), day)]).toEqual([n, counted]);
      }
    }
  });
});

describe('Paris dates', () => {
  it('takes the date in Paris, not UTC', () => {
    expect(parisDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(parisDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(parisDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('starts a day at midnight in Paris, summer time included', () => {
    expect(startOfParisDay('2026-03-02').toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(startOfParisDay('2026-07-02').toISOString()).toBe('2026-07-01T22:00:00.000Z');
  });
});
