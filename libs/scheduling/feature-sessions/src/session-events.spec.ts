import type { SessionEntity } from '@passerelle/scheduling/data-access';
import { remindersFor } from './session-events';

describe('remindersFor', () => {
  const session = { id: 's', coachId: 'c', startsAt: new Date('2026-12-02T09:00:00Z') } as SessionEntity;

  it.each([
    ['two days ahead: both reminders', '2026-11-30T09:00:00Z', [1440, 60]],
    ['five hours ahead: the 24 h one is already past', '2026-12-02T04:00:00Z', [60]],
    ['thirty minutes ahead: none', '2026-12-02T08:30:00Z', []],
  ])('%s', (_case, now, leads) => {
    const reminders = remindersFor(session, ['p1', 'p2'], new Date(now));
    expect(reminders.filter((r) => r.candidateId === 'p1').map((r) => r.leadMinutes)).toEqual(leads);
    expect(reminders).toHaveLength(leads.length * 2);
    for (const r of reminders)
      expect(r.dueAt.getTime()).toBe(session.startsAt.getTime() - r.leadMinutes * 60_000);
  });
});
