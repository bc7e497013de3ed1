import { chooseCoach, type CoachForAssignment, type PersonToAssign } from './coach-assignment';

const LYON = 'office-lyon';
const PARIS = 'office-paris';

const coach = (coachId: string, overrides: Partial<CoachForAssignment> = {}): CoachForAssignment => ({
  coachId,
  officeIds: [LYON],
  languages: ['fr'],
  specialties: ['direct_reemployment', 'retraining'],
  maxCaseload: 10,
  activeCaseload: 0,
  active: true,
  ...overrides,
});

const person = (overrides: Partial<PersonToAssign> = {}): PersonToAssign => ({
  candidateId: 'candidate-1',
  languages: ['fr'],
  track: null,
  reachOfficeIds: [LYON],
  ...overrides,
});

describe('chooseCoach', () => {
  it.each<[string, CoachForAssignment[], string]>([
    [
      'the lowest load ratio wins',
      [coach('a', { activeCaseload: 5 }), coach('b', { activeCaseload: 2 })],
      'b',
    ],
    [
      'ratio, not raw count: 6/20 beats 4/10',
      [
        coach('a', { activeCaseload: 4, maxCaseload: 10 }),
        coach('b', { activeCaseload: 6, maxCaseload: 20 }),
      ],
      'b',
    ],
    [
      'equal ratio: fewer active people first',
      [coach('a', { activeCaseload: 4, maxCaseload: 8 }), coach('b', { activeCaseload: 2, maxCaseload: 4 })],
      'b',
    ],
    [
      'equal ratio at zero: more capacity first',
      [coach('a', { maxCaseload: 5 }), coach('b', { maxCaseload: 15 })],
      'b',
    ],
    ['full tie: lowest coach id', [coach('c'), coach('a'), coach('b')], 'a'],
  ])('%s', (_rule, coaches, expected) => {
    const decision = chooseCoach(person(), [LYON], coaches);
    expect(decision.outcome).toBe('assigned');
    expect(decision.outcome === 'assigned' && decision.coachId).toBe(expected);
  });

  it('explains why each other coach was excluded', () => {
    const decision = chooseCoach(
      person({ languages: ['ar'], track: 'business_creation' }),
      [LYON],
      [
        coach('fit', { languages: ['fr', 'ar'], specialties: ['business_creation'] }),
        coach('english', { languages: ['en'], specialties: ['business_creation'] }),
        coach('wrong-track', { languages: ['ar'] }),
        coach('full', { languages: ['ar'], specialties: ['business_creation'], activeCaseload: 10 }),
        coach('paris', { officeIds: [PARIS], languages: ['ar'], specialties: ['business_creation'] }),
        coach('away', { languages: ['ar'], specialties: ['business_creation'], active: false }),
      ],
    );
    expect(decision).toMatchObject({ outcome: 'assigned', coachId: 'fit', officeId: LYON });
    expect(decision.explanation.excluded).toEqual([
      { coachId: 'away', reasons: ['inactive'] },
      { coachId: 'english', reasons: ['no_common_language'] },
      { coachId: 'full', reasons: ['at_capacity'] },
      { coachId: 'paris', reasons: ['office_not_serving_programme'] },
      { coachId: 'wrong-track', reasons: ['specialty_mismatch'] },
    ]);
    expect(decision.explanation.summary).toContain('lowest load (0/10)');
  });

  it('keeps to offices within reach among those serving the programme', () => {
    const decision = chooseCoach(
      person({ reachOfficeIds: [PARIS] }),
      [LYON, PARIS],
      [coach('lyon'), coach('paris', { officeIds: [PARIS], activeCaseload: 9 })],
    );
    expect(decision).toMatchObject({ outcome: 'assigned', coachId: 'paris', officeId: PARIS });
    expect(decision.explanation.excluded).toEqual([{ coachId: 'lyon', reasons: ['out_of_reach'] }]);
  });

  it.each<[string, PersonToAssign, string[], CoachForAssignment[], string]>([
    [
      'nobody fits',
      person({ languages: ['de'] }),
      [LYON],
      [coach('a'), coach('b', { activeCaseload: 10 })],
      'no_eligible_coach',
    ],
    ['no coach in the offices', person({ reachOfficeIds: [] }), [PARIS], [coach('a')], 'no_coach_in_offices'],
    [
      'no office within reach',
      person({ reachOfficeIds: [PARIS] }),
      [LYON],
      [coach('a')],
      'no_office_in_reach',
    ],
  ])('queues the person with a reason when %s', (_case, who, offices, coaches, reasonCode) => {
    const decision = chooseCoach(who, offices, coaches);
    expect(decision).toMatchObject({ outcome: 'unassigned', reasonCode });
    expect(decision.explanation.summary.length).toBeGreaterThan(0);
  });

  it('gives the same coach for the same state whatever the input order', () => {
    const coaches = [
      coach('x', { activeCaseload: 1 }),
      coach('y', { activeCaseload: 1 }),
      coach('z', { activeCaseload: 1 }),
    ];
    const forward = chooseCoach(person(), [LYON], coaches);
    const backward = chooseCoach(person(), [LYON], [...coaches].reverse());
    expect(forward.outcome === 'assigned' && forward.coachId).toBe('x');
    expect(backward.outcome === 'assigned' && backward.coachId).toBe('x');
  });
});
