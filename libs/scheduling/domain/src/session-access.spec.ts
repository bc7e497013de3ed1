import type { Caller } from './access';
import { sessionAccess } from './session-access';

const session = { coachId: 'coach-a', officeId: 'office-lyon' };
const coach = { officeIds: ['office-lyon', 'office-villeurbanne'] };
const participants = [{ candidateId: 'person-1' }];

describe('sessionAccess', () => {
  it.each<[string, Caller, typeof session, 'all' | 'self' | null]>([
    ['its coach: all', { role: 'coach', coachId: 'coach-a', officeIds: [] }, session, 'all'],
    [
      'another coach: nothing',
      { role: 'coach', coachId: 'coach-b', officeIds: ['office-lyon'] },
      session,
      null,
    ],
    [
      'ops of its office: all',
      { role: 'ops', officeIds: ['office-lyon'], allOffices: false },
      session,
      'all',
    ],
    [
      'ops of another office of the coach: all',
      { role: 'ops', officeIds: ['office-villeurbanne'], allOffices: false },
      { ...session, officeId: 'office-paris' },
      'all',
    ],
    [
      'ops elsewhere: nothing',
      { role: 'ops', officeIds: ['office-paris'], allOffices: false },
      session,
      null,
    ],
    ['a person in it: their seat', { role: 'candidate', candidateId: 'person-1' }, session, 'self'],
    ['a person not in it: nothing', { role: 'candidate', candidateId: 'person-2' }, session, null],
    ['sponsor HR: nothing', { role: 'sponsor', sponsorIds: [] }, session, null],
  ])('%s', (_case, caller, target, expected) => {
    expect(sessionAccess(caller, target, coach, participants)).toBe(expected);
  });

  it('ops see a session without an office through its coach’s offices only', () => {
    const ops: Caller = { role: 'ops', officeIds: ['office-lyon'], allOffices: false };
    expect(sessionAccess(ops, { coachId: 'coach-a', officeId: null }, coach, [])).toBe('all');
    expect(sessionAccess(ops, { coachId: 'coach-a', officeId: null }, null, [])).toBeNull();
  });
});
