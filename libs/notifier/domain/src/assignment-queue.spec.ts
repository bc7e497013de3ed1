import { queueAlerts, waitingTooLong } from './assignment-queue';

const now = new Date('2026-12-10T09:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('waiting for a coach', () => {
  it.each([
    [2.9, false],
    [3, false],
    [3.01, true],
    [10, true],
  ])('enrolled %s days ago, beyond 3 days: %s', (days, late) => {
    expect(waitingTooLong(daysAgo(days), now, 3)).toBe(late);
  });

  it('groups late people by office (both offices for a person of two), longest wait first', () => {
    const alerts = queueAlerts(
      [
        { candidateId: 'p1', officeIds: ['lyon'], enrolledAt: daysAgo(4) },
        { candidateId: 'p2', officeIds: ['lyon', 'paris'], enrolledAt: daysAgo(7.5) },
        { candidateId: 'p3', officeIds: ['paris'], enrolledAt: daysAgo(1) },
      ],
      now,
      3,
    );
    expect(alerts).toEqual([
      { officeId: 'lyon', candidateIds: ['p2', 'p1'], longestWaitDays: 7 },
      { officeId: 'paris', candidateIds: ['p2'], longestWaitDays: 7 },
    ]);
  });

  it('says nothing when nobody is late', () => {
    expect(queueAlerts([{ candidateId: 'p', officeIds: ['lyon'], enrolledAt: daysAgo(1) }], now, 3)).toEqual(
      [],
    );
  });
});
