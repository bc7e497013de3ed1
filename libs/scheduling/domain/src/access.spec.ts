import { canManageCoach, homeOffice, opsServes, visibleOffices, type Caller } from './access';

const LYON = 'office-lyon';
const PARIS = 'office-paris';
const opsLyon: Caller = { role: 'ops', officeIds: [LYON], allOffices: false };
const opsEverywhere: Caller = { role: 'ops', officeIds: [], allOffices: true };
const coachA: Caller = { role: 'coach', coachId: 'coach-a', officeIds: [LYON] };
const person: Caller = { role: 'candidate', candidateId: 'person-1' };
const sponsor: Caller = { role: 'sponsor', sponsorIds: ['sponsor-1'] };

describe('opsServes', () => {
  it.each<[string, Caller, string[], boolean]>([
    ['ops of one of the offices', opsLyon, [PARIS, LYON], true],
    ['ops of other offices', opsLyon, [PARIS], false],
    ['ops serving every office', opsEverywhere, [PARIS], true],
    ['a coach of the office (not ops)', coachA, [LYON], false],
    ['a person', person, [LYON], false],
    ['sponsor HR', sponsor, [LYON], false],
  ])('%s: %s', (_case, caller, offices, expected) => {
    expect(opsServes(caller, offices)).toBe(expected);
  });
});

describe('canManageCoach', () => {
  const coach = { id: 'coach-a', officeIds: [LYON] };
  it.each<[string, Caller, boolean]>([
    ['the coach themself', coachA, true],
    ['another coach of the same office', { role: 'coach', coachId: 'coach-b', officeIds: [LYON] }, false],
    ['ops of the coach’s office', opsLyon, true],
    ['ops of another office', { role: 'ops', officeIds: [PARIS], allOffices: false }, false],
    ['a person', person, false],
  ])('%s: %s', (_case, caller, expected) => {
    expect(canManageCoach(caller, coach)).toBe(expected);
  });
});

describe('homeOffice', () => {
  it('is the coach’s first office', () => {
    expect(homeOffice({ id: 'c', officeIds: [PARIS, LYON] })).toBe(PARIS);
  });

  it('refuses a coach of no office (never created)', () => {
    expect(() => homeOffice({ id: 'c', officeIds: [] })).toThrow('coach c works in no office');
  });
});

describe('visibleOffices', () => {
  it.each<[string, Caller, readonly string[] | 'all']>([
    ['ops: their own', opsLyon, [LYON]],
    ['global ops: all', opsEverywhere, 'all'],
    ['a coach: theirs', coachA, [LYON]],
    ['a person: none', person, []],
    ['sponsor HR: none', sponsor, []],
  ])('%s', (_case, caller, expected) => {
    expect(visibleOffices(caller)).toEqual(expected);
  });
});
