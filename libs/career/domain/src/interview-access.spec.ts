import {
  practiceAccess,
  type PracticeAccess,
  type PracticeCaller,
  type PracticeOwner,
} from './interview-access';

const owner: PracticeOwner = { candidateId: 'p-1', coachId: 'c-1' };
const unassigned: PracticeOwner = { candidateId: 'p-1', coachId: null };

describe('practiceAccess', () => {
  it.each<[string, PracticeCaller, PracticeOwner | null, PracticeAccess]>([
    ['the person', { role: 'candidate', candidateId: 'p-1' }, owner, 'person'],
    ['another person', { role: 'candidate', candidateId: 'p-2' }, owner, null],
    ['their coach', { role: 'coach', coachId: 'c-1' }, owner, 'coach'],
    ['another coach', { role: 'coach', coachId: 'c-2' }, owner, null],
    ['a coach, the person having none yet', { role: 'coach', coachId: 'c-1' }, unassigned, null],
    ['the person, with no coach yet', { role: 'candidate', candidateId: 'p-1' }, unassigned, 'person'],
    ['ops', { role: 'ops' }, owner, null],
    ['a sponsor', { role: 'sponsor' }, owner, null],
    ['a committee member', { role: 'committee' }, owner, null],
    ['anyone, for a person unknown here', { role: 'candidate', candidateId: 'p-1' }, null, null],
  ])('%s', (_who, caller, found, expected) => {
    expect(practiceAccess(caller, found)).toBe(expected);
  });
});
