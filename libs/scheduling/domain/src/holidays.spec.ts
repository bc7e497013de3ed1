import { officeHolidays } from './holidays';

describe('officeHolidays', () => {
  it('adds the extra days of an office to the French holidays', () => {
    const dates = officeHolidays(
      { frenchPublicHolidays: true, extraHolidays: ['2026-12-26', '2026-04-03'] },
      [2026],
    );
    expect(dates.has('2026-12-26')).toBe(true);
    expect(dates.has('2026-11-11')).toBe(true);
    expect(dates.size).toBe(13);
  });

  it('uses only the extra days for an office outside France', () => {
    const dates = officeHolidays({ frenchPublicHolidays: false, extraHolidays: ['2026-10-03'] }, [2026]);
    expect([...dates]).toEqual(['2026-10-03']);
  });
});
