import type { SessionMode } from '@passerelle/shared/contracts';
import { coachSearchRules, yearsSpanned } from './search-rules';

describe('yearsSpanned', () => {
  it.each<[string, string, string, string, number[]]>([
    ['within a year', '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z', 'Europe/Paris', [2026]],
    ['across New Year', '2026-12-20T00:00:00Z', '2027-01-10T00:00:00Z', 'Europe/Paris', [2026, 2027]],
    // 31 December 23:30 UTC is already 1 January in Paris.
    ['New Year in local time only', '2026-12-31T23:30:00Z', '2027-01-02T00:00:00Z', 'Europe/Paris', [2027]],
    [
      'the same instant in Guadeloupe',
      '2026-12-31T23:30:00Z',
      '2027-01-02T00:00:00Z',
      'America/Guadeloupe',
      [2026, 2027],
    ],
  ])('%s', (_case, start, end, zone, years) => {
    expect(yearsSpanned({ start: new Date(start), end: new Date(end) }, zone)).toEqual(years);
  });
});

describe('coachSearchRules', () => {
  const office = {
    timeZone: 'Europe/Paris',
    openingHours: [{ weekday: 1, start: '08:00', end: '18:00' }],
    bufferMinutes: 10,
    minimumNoticeMinutes: 1440,
  };
  const coach = { weeklyHours: [{ weekday: 1, start: '09:00', end: '17:00' }] };
  const calendar = { holidays: new Set(['2026-12-25']), sessions: [], absences: [] };

  it.each<[SessionMode, boolean]>([
    ['in_person', true],
    ['video', false],
    ['phone', false],
  ])('a %s session keeps to the office’s opening hours: %s', (mode, opening) => {
    const rules = coachSearchRules(coach, office, { mode, durationMinutes: 60 }, calendar);
    expect(rules.openingHours).toEqual(opening ? office.openingHours : null);
    expect(rules).toMatchObject({
      timeZone: 'Europe/Paris',
      workingHours: coach.weeklyHours,
      bufferMinutes: 10,
      minimumNoticeMinutes: 1440,
      durationMinutes: 60,
      stepMinutes: 15,
    });
  });
});
