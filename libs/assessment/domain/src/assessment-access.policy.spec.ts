import type { AssessmentStatus } from './assessment-lifecycle';
import {
  assessmentViewOf,
  canSeeAnswers,
  canSeeCoachNotes,
  canSeeResults,
  isTheirCoach,
  isThePerson,
  type AssessmentReader,
  type AssessmentView,
} from './assessment-access.policy';

const PERSON = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

// readsPerson: the shared rule on individual records said yes (the person, their coach, ops of an office).
const who: Record<string, AssessmentReader> = {
  person: { role: 'candidate', readsPerson: true },
  'another person': { role: 'candidate', readsPerson: false },
  'their coach': { role: 'coach', readsPerson: true },
  'another coach': { role: 'coach', readsPerson: false },
  'ops of the office': { role: 'ops', readsPerson: true },
  'ops of another office': { role: 'ops', readsPerson: false },
  'their sponsor': { role: 'sponsor', readsPerson: false },
};

describe('assessment visibility by role', () => {
  it.each<[string, AssessmentStatus, AssessmentView, boolean, boolean, boolean]>([
    ['person', 'in_progress', 'answers', true, false, false],
    ['person', 'completed', 'answers', true, false, false],
    ['person', 'released', 'results', true, true, false],
    ['another person', 'released', 'none', false, false, false],
    ['their coach', 'completed', 'coach', true, true, true],
    ['their coach', 'assigned', 'coach', true, true, true],
    ['another coach', 'released', 'none', false, false, false],
    ['ops of the office', 'released', 'status', false, false, false],
    ['ops of another office', 'released', 'none', false, false, false],
    ['their sponsor', 'released', 'none', false, false, false],
  ])(
    '%s, session %s: %s (answers %p, results %p, notes %p)',
    (name, status, view, answers, results, notes) => {
      const seen = assessmentViewOf(who[name]!, status);
      expect(seen).toBe(view);
      expect(canSeeAnswers(seen)).toBe(answers);
      expect(canSeeResults(seen)).toBe(results);
      expect(canSeeCoachNotes(seen)).toBe(notes);
    },
  );

  it('a sponsor sees nothing individual even if asked to', () => {
    expect(assessmentViewOf({ role: 'sponsor', readsPerson: true }, 'released')).toBe('none');
  });

  it.each([
    [{ role: 'candidate' as const, candidateId: PERSON }, true],
    [{ role: 'candidate' as const, candidateId: OTHER }, false],
    [{ role: 'coach' as const }, false],
  ])('only the person answers: %p -> %p', (caller, expected) => {
    expect(isThePerson(caller, PERSON)).toBe(expected);
  });

  it.each([
    ['their coach', true],
    ['another coach', false],
    ['ops of the office', false],
    ['person', false],
  ])('only their coach assigns and debriefs: %s -> %p', (name, expected) => {
    expect(isTheirCoach(who[name]!)).toBe(expected);
  });
});
