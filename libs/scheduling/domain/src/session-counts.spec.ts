import type { Caller } from './access';
import { mayReadSessionCounts, toSessionCounts } from './session-counts';

const row = (status: string, count: number, people = count) => ({ status, count, people });
const counts = (status: string, count: number | null, suppression: string | null = null) => ({
  status,
  count,
  suppressed: count === null,
  suppression,
});

describe('session counts of a programme', () => {
  it('never shows a sponsor one booked session (the probe): a programme of one shows nothing', () => {
    expect(toSessionCounts('sponsor', { byStatus: [row('booked', 1)], people: 1 })).toEqual([
      counts('BOOKED', null, 'SMALL_POPULATION'),
      counts('CANCELLED', null, 'SMALL_POPULATION'),
      counts('COMPLETED', null, 'SMALL_POPULATION'),
      counts('NO_SHOW', null, 'SMALL_POPULATION'),
    ]);
  });

  it('hides sessions made by fewer than k people, with the next smallest and the zeros beside them', () => {
    const byStatus = [row('booked', 40, 30), row('cancelled', 6, 2), row('attended', 12, 9)];
    expect(toSessionCounts('sponsor', { byStatus, people: 30 })).toEqual([
      counts('BOOKED', 40),
      counts('CANCELLED', null, 'SMALL_GROUP'),
      counts('COMPLETED', null, 'SMALL_GROUP'),
      counts('NO_SHOW', null, 'SMALL_GROUP'),
    ]);
  });

  it('shows ops every count, zeros included, attended sessions as completed', () => {
    expect(toSessionCounts('ops', { byStatus: [row('booked', 1), row('attended', 2)], people: 2 })).toEqual([
      counts('BOOKED', 1),
      counts('CANCELLED', 0),
      counts('COMPLETED', 2),
      counts('NO_SHOW', 0),
    ]);
  });
});

describe('who reads a programme’s session counts', () => {
  const programme = { sponsorId: 'sponsor-1', officeIds: ['office-lyon'] };
  it.each<[string, Caller, boolean]>([
    ['its sponsor’s HR', { role: 'sponsor', sponsorIds: ['sponsor-1'] }, true],
    ['another sponsor’s HR', { role: 'sponsor', sponsorIds: ['sponsor-2'] }, false],
    ['ops of one of its offices', { role: 'ops', officeIds: ['office-lyon'], allOffices: false }, true],
    ['ops elsewhere', { role: 'ops', officeIds: ['office-paris'], allOffices: false }, false],
    ['a coach', { role: 'coach', coachId: 'c', officeIds: ['office-lyon'] }, false],
  ])('%s: %s', (_case, caller, expected) => {
    expect(mayReadSessionCounts(caller, programme)).toBe(expected);
  });
});
