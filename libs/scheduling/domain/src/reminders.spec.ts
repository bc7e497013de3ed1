import { remindersDue } from './reminders';

describe('remindersDue', () => {
  const startsAt = new Date('2026-12-02T09:00:00Z');

  it.each<[string, string, number[]]>([
    ['two days ahead: 24 h and 1 h before', '2026-11-30T09:00:00Z', [1440, 60]],
    ['exactly 24 h ahead: the 24 h one is not ahead any more', '2026-12-01T09:00:00Z', [60]],
    ['five hours ahead: only the 1 h one', '2026-12-02T04:00:00Z', [60]],
    ['thirty minutes ahead: none', '2026-12-02T08:30:00Z', []],
    ['after the start: none', '2026-12-02T10:00:00Z', []],
  ])('%s', (_case, now, leads) => {
    const due = remindersDue(startsAt, new Date(now));
    expect(due.map((r) => r.leadMinutes)).toEqual(leads);
    for (const r of due) expect(r.dueAt.getTime()).toBe(startsAt.getTime() - r.leadMinutes * 60_000);
  });
});
