import { localDemandArea, type LocalDemandArea } from './local-demand-area';

describe('where local demand is counted', () => {
  it.each<[string, string | null, string[], string[] | null, LocalDemandArea]>([
    ['zone known, searching at home', '8421', ['69'], ['69'], { kind: 'zone', zoneCode: '8421' }],
    ['zone known, no area set', '8421', [], ['69'], { kind: 'zone', zoneCode: '8421' }],
    ['a zone across two departments', '8414', ['73'], ['74', '73'], { kind: 'zone', zoneCode: '8414' }],
    [
      'zone known, searching elsewhere',
      '8421',
      ['75'],
      ['69'],
      { kind: 'department', departmentCodes: ['75'], zoneUnknown: false },
    ],
    [
      'zone unknown: the department, flagged',
      null,
      ['69'],
      null,
      { kind: 'department', departmentCodes: ['69'], zoneUnknown: true },
    ],
    [
      'a zone the reference does not know: the department, flagged',
      '9999',
      ['69'],
      null,
      { kind: 'department', departmentCodes: ['69'], zoneUnknown: true },
    ],
    ['nothing known: France, flagged', null, [], null, { kind: 'france', zoneUnknown: true }],
  ])('%s', (_what, employmentZoneCode, searchDepartments, zoneDepartments, expected) => {
    expect(localDemandArea({ employmentZoneCode, searchDepartments }, zoneDepartments)).toEqual(expected);
  });
});
