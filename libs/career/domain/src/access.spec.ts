import { careerReader, type Caller, type PersonScope } from './access';

const PERSON = '11111111-1111-4111-8111-111111111111';
const COACH = '22222222-2222-4222-8222-222222222222';
const OFFICE = '33333333-3333-4333-8333-333333333333';
const scope: PersonScope = { candidateId: PERSON, coachId: COACH };

describe('careerReader', () => {
  it.each<[string, Caller, PersonScope | null, ReturnType<typeof careerReader>]>([
    ['the person', { role: 'candidate', candidateId: PERSON }, scope, 'owner'],
    ['another person', { role: 'candidate', candidateId: COACH }, scope, null],
    ['their coach', { role: 'coach', coachId: COACH }, scope, 'coach'],
    ['another coach', { role: 'coach', coachId: OFFICE }, scope, null],
    ['a coach before any assignment', { role: 'coach', coachId: COACH }, { ...scope, coachId: null }, null],
    ['ops of the office', { role: 'ops', officeIds: [OFFICE], allOffices: false }, scope, null],
    ['ops of every office', { role: 'ops', officeIds: [], allOffices: true }, scope, null],
    ['sponsor HR', { role: 'sponsor', sponsorIds: [OFFICE] }, scope, null],
    ['a committee member', { role: 'committee', sponsorIds: [OFFICE] }, scope, null],
    ['the person, unknown to career', { role: 'candidate', candidateId: PERSON }, null, null],
  ])('%s', (_label, identity, candidateScope, expected) => {
    expect(careerReader(identity, candidateScope)).toBe(expected);
  });
});
