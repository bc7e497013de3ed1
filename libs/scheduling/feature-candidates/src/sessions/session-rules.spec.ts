import type { SessionEntity } from '@passerelle/scheduling/data-access';
import { remindersFor } from './session-events';
import { exclusionViolation } from './session-rules';

describe('exclusionViolation', () => {
  const detail = (kind: string) =>
    `Key (resource_kind, resource_id, during)=(${kind}, 6f1c0c3e-2a4e-4b7e-9a43-0a0f6c2b9d11, ["2026-12-01 09:00:00+00","2026-12-01 10:10:00+00")) conflicts with existing key`;

  it.each(['coach', 'room', 'candidate'])('names the %s that is already held', (kind) => {
    expect(exclusionViolation({ driverError: { code: '23P01', detail: detail(kind) } })).toEqual({
      resource: kind,
    });
    expect(exclusionViolation({ code: '23P01', detail: detail(kind) })).toEqual({ resource: kind });
  });

  it.each([
    ['a unique violation', { driverError: { code: '23505', detail: 'Key (id)=(x) already exists.' } }],
    ['a plain error', new Error('connection reset')],
  ])('leaves %s alone', (_case, error) => {
    expect(exclusionViolation(error)).toBeNull();
  });
});

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
