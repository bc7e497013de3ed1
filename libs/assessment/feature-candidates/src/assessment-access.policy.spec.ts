import type { CandidateScope, Identity } from '@passerelle/shared/auth';
import {
  assessmentViewOf,
  canSeeCoachNotes,
  canSeeResults,
  isTheirCoach,
  isThePerson,
} from './assessment-access.policy';

const PERSON = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const OFFICE = '33333333-3333-4333-8333-333333333333';
const COACH = '55555555-5555-4555-8555-555555555555';
const SPONSOR = '66666666-6666-4666-8666-666666666666';
const scope: CandidateScope = { candidateId: PERSON, officeIds: [OFFICE], coachId: COACH };

const who: Record<string, Identity> = {
  person: { subject: 'p', role: 'candidate', candidateId: PERSON },
  'another person': { subject: 'o', role: 'candidate', candidateId: OTHER },
  'their coach': { subject: 'c', role: 'coach', coachId: COACH, officeIds: [OFFICE] },
  'another coach': { subject: 'c2', role: 'coach', coachId: OTHER, officeIds: [OFFICE] },
  'ops of the office': { subject: 'o', role: 'ops', officeIds: [OFFICE], allOffices: false },
  'global ops': { subject: 'g', role: 'ops', officeIds: [], allOffices: true },
  'their sponsor': { subject: 's', role: 'sponsor', sponsorIds: [SPONSOR] },
};

describe('assessment visibility by role', () => {
  it.each([
    ['person', 'completed', 'answers', false, false],
    ['person', 'released', 'results', true, false],
    ['another person', 'released', 'none', false, false],
    ['their coach', 'completed', 'coach', true, true],
    ['their coach', 'assigned', 'coach', true, true],
    ['another coach', 'released', 'none', false, false],
    ['ops of the office', 'released', 'status', false, false],
    ['global ops', 'released', 'status', false, false],
    ['their sponsor', 'released', 'none', false, false],
  ])('%s, session %s: %s (results %p, notes %p)', (name, status, view, results, notes) => {
    const identity = who[name]!;
    const seen = assessmentViewOf(identity, scope, { status });
    expect(seen).toBe(view);
    expect(canSeeResults(seen)).toBe(results);
    expect(canSeeCoachNotes(seen)).toBe(notes);
  });

  it('sees nothing of a person the service does not know', () => {
    expect(assessmentViewOf(who['their coach']!, null, { status: 'released' })).toBe('none');
  });

  it('only the person answers and only their coach debriefs', () => {
    expect(isThePerson(who['person']!, PERSON)).toBe(true);
    expect(isThePerson(who['their coach']!, PERSON)).toBe(false);
    expect(isTheirCoach(who['their coach']!, scope)).toBe(true);
    expect(isTheirCoach(who['another coach']!, scope)).toBe(false);
    expect(isTheirCoach(who['ops of the office']!, scope)).toBe(false);
  });
});
