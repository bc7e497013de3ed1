import type { Track } from '@passerelle/shared/contracts';
import { decideInOrder, type AssignmentTurn } from './assignment-batch';
import { decideAssignmentChange, mayChangeCoach, type CurrentAssignment } from './assignment-change';
import type { CoachForAssignment } from './coach-assignment';

const LYON = 'office-lyon';
const PARIS = 'office-paris';

const coach = (coachId: string, overrides: Partial<CoachForAssignment> = {}): CoachForAssignment => ({
  coachId,
  officeIds: [LYON],
  languages: ['fr'],
  specialties: ['direct_reemployment', 'retraining'],
  maxCaseload: 2,
  activeCaseload: 0,
  active: true,
  ...overrides,
});

const turn = (
  candidateId: string,
  overrides: Partial<AssignmentTurn['person']> & Partial<Omit<AssignmentTurn, 'person'>> = {},
): AssignmentTurn => {
  const { trigger = 'enrolled', programmeOfficeIds = [LYON], holdsPlace = true, ...person } = overrides;
  return {
    person: { candidateId, languages: ['fr'], track: null, reachOfficeIds: [LYON], ...person },
    trigger,
    programmeOfficeIds,
    holdsPlace,
  };
};

/**
 * The reference: each turn decided alone over the coaches of its programme's offices, its change
 * saved (a place taken, one freed) before the next, as the one-by-one path does through the database.
 */
function oneByOne(
  turns: readonly AssignmentTurn[],
  coaches: readonly CoachForAssignment[],
  current: Map<string, CurrentAssignment> = new Map(),
) {
  const saved = new Map(coaches.map((c) => [c.coachId, { ...c }]));
  return turns.map(({ person, trigger, programmeOfficeIds, holdsPlace }) => {
    if (programmeOfficeIds.length === 0) return null;
    const before = current.get(person.candidateId) ?? null;
    if (!mayChangeCoach(before, trigger, person.track)) return null;
    const locked = [...saved.values()].filter((c) => c.officeIds.some((o) => programmeOfficeIds.includes(o)));
    const change = decideAssignmentChange(person, programmeOfficeIds, locked, before);
    if (change.action === 'assign') {
      if (holdsPlace) {
        saved.get(change.decision.coachId)!.activeCaseload++;
        if (before) saved.get(before.coachId)!.activeCaseload--;
      }
      current.set(person.candidateId, { coachId: change.decision.coachId, mode: 'automatic' });
    }
    return change;
  });
}

const outcome = (change: ReturnType<typeof decideInOrder>[number]) =>
  change === null
    ? 'nothing'
    : change.action === 'assign'
      ? `assign ${change.decision.coachId}`
      : change.action === 'enqueue'
        ? `queue ${change.decision.reasonCode}`
        : 'keep';

describe('decideInOrder', () => {
  it.each<[string, AssignmentTurn[], CoachForAssignment[], Map<string, CurrentAssignment>, string[]]>([
    [
      'capacity running out mid-batch: the lowest load first, then the queue with its reason',
      ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => turn(id)),
      [coach('a'), coach('b')],
      new Map(),
      ['assign a', 'assign b', 'assign a', 'assign b', 'queue no_eligible_coach'],
    ],
    [
      'two programmes: each person sees only the coaches of their programme’s offices',
      [
        turn('p1'),
        turn('p2', { programmeOfficeIds: [PARIS], reachOfficeIds: [PARIS] }),
        turn('p3', { programmeOfficeIds: [PARIS], reachOfficeIds: [PARIS] }),
      ],
      [coach('a'), coach('b', { officeIds: [PARIS], maxCaseload: 1 })],
      new Map(),
      ['assign a', 'assign b', 'queue no_eligible_coach'],
    ],
    [
      'no office in reach, no coach in the offices, unknown offices',
      [
        turn('p1', { reachOfficeIds: [PARIS] }),
        turn('p2', { programmeOfficeIds: [PARIS], reachOfficeIds: [] }),
        turn('p3', { programmeOfficeIds: [] }),
      ],
      [coach('a')],
      new Map(),
      ['queue no_office_in_reach', 'queue no_coach_in_offices', 'nothing'],
    ],
    [
      'a person met twice: the second enrolment finds the coach the first gave',
      [turn('p1'), turn('p2'), turn('p1'), turn('p3')],
      [coach('a', { maxCaseload: 1 }), coach('b', { maxCaseload: 1 })],
      new Map(),
      ['assign a', 'assign b', 'nothing', 'queue no_eligible_coach'],
    ],
    [
      'a person already followed before the batch is left alone on enrolment',
      [turn('p1'), turn('p2')],
      [coach('a', { activeCaseload: 1 }), coach('b')],
      new Map([['p1', { coachId: 'a', mode: 'automatic' } as CurrentAssignment]]),
      ['nothing', 'assign b'],
    ],
    [
      'a diagnosis moves an automatic assignment to a coach of the track, freeing a place the next takes',
      [turn('p1', { trigger: 'diagnosed', track: 'business_creation' as Track }), turn('p2')],
      [coach('a', { maxCaseload: 1, activeCaseload: 1 }), coach('b', { specialties: ['business_creation'] })],
      new Map([['p1', { coachId: 'a', mode: 'automatic' } as CurrentAssignment]]),
      ['assign b', 'assign a'],
    ],
    [
      'someone placed takes no place: the coach stays free for the next',
      [turn('p1', { holdsPlace: false }), turn('p2')],
      [coach('a', { maxCaseload: 1 })],
      new Map(),
      ['assign a', 'assign a'],
    ],
    [
      'languages and inactive coaches excluded as one by one',
      [turn('p1', { languages: ['en'] }), turn('p2')],
      [coach('a', { active: false }), coach('b', { languages: ['en', 'fr'], maxCaseload: 1 })],
      new Map(),
      ['assign b', 'queue no_eligible_coach'],
    ],
  ])('%s', (_case, turns, coaches, current, expected) => {
    const decided = decideInOrder(turns, { current, coaches });
    expect(decided.map(outcome)).toEqual(expected);
    // The same decisions, explanations included, as deciding one at a time.
    expect(decided).toEqual(oneByOne(turns, coaches, new Map(current)));
  });

  it('leaves its inputs as they were', () => {
    const coaches = [coach('a')];
    const current = new Map<string, CurrentAssignment>();
    decideInOrder([turn('p1'), turn('p2')], { current, coaches });
    expect(coaches[0]!.activeCaseload).toBe(0);
    expect(current.size).toBe(0);
  });
});
