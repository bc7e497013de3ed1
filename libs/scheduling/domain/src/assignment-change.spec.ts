import type { Track } from '@passerelle/shared/contracts';
import {
  decideAssignmentChange,
  mayChangeCoach,
  type AssignmentTrigger,
  type CurrentAssignment,
} from './assignment-change';
import type { CoachForAssignment, PersonToAssign } from './coach-assignment';

const LYON = 'office-lyon';

const coach = (coachId: string, overrides: Partial<CoachForAssignment> = {}): CoachForAssignment => ({
  coachId,
  officeIds: [LYON],
  languages: ['fr'],
  specialties: ['direct_reemployment'],
  maxCaseload: 10,
  activeCaseload: 0,
  active: true,
  ...overrides,
});

const person = (track: Track | null): PersonToAssign => ({
  candidateId: 'person-1',
  languages: ['fr'],
  track,
  reachOfficeIds: [LYON],
});

const automatic = (coachId: string): CurrentAssignment => ({ coachId, mode: 'automatic' });

describe('mayChangeCoach', () => {
  it.each<[string, CurrentAssignment | null, AssignmentTrigger, Track | null, boolean]>([
    ['someone not followed, on enrolment', null, 'enrolled', null, true],
    ['someone not followed, on new programme terms', null, 'programme_amended', null, true],
    ['followed automatically, on diagnosis with a track', automatic('a'), 'diagnosed', 'retraining', true],
    ['followed automatically, on a second enrolment', automatic('a'), 'enrolled', 'retraining', false],
    ['followed automatically, diagnosis without a track', automatic('a'), 'diagnosed', null, false],
    [
      'given a coach by ops, on diagnosis',
      { coachId: 'a', mode: 'reassignment' },
      'diagnosed',
      'retraining',
      false,
    ],
  ])('%s: %s', (_case, current, trigger, track, expected) => {
    expect(mayChangeCoach(current, trigger, track)).toBe(expected);
  });
});

describe('decideAssignmentChange', () => {
  it('keeps a current coach who has the person’s track', () => {
    const change = decideAssignmentChange(
      person('direct_reemployment'),
      [LYON],
      [coach('a'), coach('b')],
      automatic('a'),
    );
    expect(change).toEqual({ action: 'keep', decision: null });
  });

  it('moves a person whose automatic coach lacks the track to one who has it', () => {
    const change = decideAssignmentChange(
      person('retraining'),
      [LYON],
      [coach('a'), coach('b', { specialties: ['retraining'], activeCaseload: 5 })],
      automatic('a'),
    );
    expect(change).toMatchObject({ action: 'assign', decision: { outcome: 'assigned', coachId: 'b' } });
  });

  it('compares the current coach as if the person were free: a tie at equal load stays put', () => {
    // Coach a follows the person (2 counted, 1 without them); b has 1: the same ratio, a wins on id.
    const change = decideAssignmentChange(
      person(null),
      [LYON],
      [coach('a', { activeCaseload: 2 }), coach('b', { activeCaseload: 1 })],
      null,
    );
    expect(change).toMatchObject({ action: 'assign', decision: { coachId: 'b' } });
    const followed = decideAssignmentChange(
      person(null),
      [LYON],
      [coach('a', { activeCaseload: 2 }), coach('b', { activeCaseload: 1 })],
      automatic('a'),
    );
    expect(followed).toEqual({ action: 'keep', decision: null });
  });

  it('queues someone nobody fits who has no coach yet', () => {
    const change = decideAssignmentChange(person(null), [LYON], [coach('a', { active: false })], null);
    expect(change).toMatchObject({ action: 'enqueue', decision: { outcome: 'unassigned' } });
  });

  it('lets someone followed whom nobody else fits keep their coach, saying why', () => {
    const change = decideAssignmentChange(
      person('retraining'),
      [LYON],
      [coach('a'), coach('b', { active: false })],
      automatic('a'),
    );
    expect(change).toMatchObject({ action: 'keep', decision: { outcome: 'unassigned' } });
  });
});
