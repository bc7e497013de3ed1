import { atRiskDigestLines, digestDue, jobLeadLines } from './digest-schedule';

const now = new Date('2026-12-04T10:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('a digest goes at most once a day', () => {
  it.each([
    ['never sent', null, true],
    ['sent 24 hours ago', hoursAgo(24), true],
    ['sent 23 hours ago', hoursAgo(23), false],
    ['sent a minute ago', hoursAgo(1 / 60), false],
  ])('%s: due %s', (_label, lastSentAt, due) => {
    expect(digestDue(lastSentAt, now)).toBe(due);
  });
});

describe("the coach's at-risk digest", () => {
  it('shows each person once (their latest alert), most urgent first, then longest-standing', () => {
    const lines = atRiskDigestLines([
      { candidateId: 'a', urgency: 'normal', reasons: ['inactivity'], detectedAt: hoursAgo(30) },
      { candidateId: 'b', urgency: 'high', reasons: ['repeated_no_shows'], detectedAt: hoursAgo(2) },
      { candidateId: 'c', urgency: 'immediate', reasons: ['distress'], detectedAt: hoursAgo(1) },
      { candidateId: 'd', urgency: 'high', reasons: ['overdue_milestones'], detectedAt: hoursAgo(5) },
      { candidateId: 'a', urgency: 'immediate', reasons: ['distress'], detectedAt: hoursAgo(3) },
    ]);
    expect(lines.map((line) => [line.candidateId, line.urgency])).toEqual([
      ['a', 'immediate'],
      ['c', 'immediate'],
      ['d', 'high'],
      ['b', 'high'],
    ]);
  });
});

describe('job leads in a digest', () => {
  it('lists each offer once at its best rank, best first', () => {
    const lines = jobLeadLines([
      { offerId: 'o2', rank: 3 },
      { offerId: 'o1', rank: 2 },
      { offerId: 'o2', rank: 1 },
    ]);
    expect(lines).toEqual([
      { offerId: 'o2', rank: 1 },
      { offerId: 'o1', rank: 2 },
    ]);
  });
});
