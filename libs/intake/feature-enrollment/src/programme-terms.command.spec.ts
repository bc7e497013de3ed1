import { programmeTermsInputSchema } from './programme-terms.command';

const TERMS = {
  type: 'CSP',
  sites: ['Roubaix'],
  headcount: 40,
  startDate: '2026-09-01',
  durationMonths: 12,
  sessionBudgetPerPerson: 15,
  outcomeTargets: [
    { category: 'PERMANENT_CONTRACT', sharePercent: 55 },
    { category: 'TRAINING', sharePercent: 20 },
  ],
};

const issues = (changes: Record<string, unknown>) => {
  const result = programmeTermsInputSchema.safeParse({ ...TERMS, ...changes });
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('programme terms', () => {
  it('reads the GraphQL enums into the event vocabulary', () => {
    expect(programmeTermsInputSchema.parse(TERMS)).toMatchObject({
      type: 'csp',
      outcomeTargets: [
        { category: 'permanent_contract', sharePercent: 55 },
        { category: 'training', sharePercent: 20 },
      ],
    });
  });

  it.each([
    [{}, undefined],
    [{ employerNafCode: null }, null],
    [{ employerNafCode: ' 10.51c ' }, '10.51C'],
  ])('%j gives the employer NAF code %j', (changes, code) => {
    expect(programmeTermsInputSchema.parse({ ...TERMS, ...changes }).employerNafCode).toBe(code);
  });

  it.each([
    [{ type: 'REDUNDANCY' }, 'type: type must be one of PSE, CONGE_DE_RECLASSEMENT, CSP, VOLUNTARY'],
    [{ sites: [] }, 'sites: name at least one site'],
    [{ headcount: 0 }, 'headcount: headcount must be positive'],
    [{ startDate: '01/09/2026' }, 'startDate: startDate must be a date such as 2026-03-02'],
    [{ durationMonths: 0 }, 'durationMonths: durationMonths must be at least 1'],
    [{ employerNafCode: '1051C' }, 'employerNafCode: employerNafCode must be a NAF code such as 10.51C'],
    [{ employerNafCode: '10.51' }, 'employerNafCode: employerNafCode must be a NAF code such as 10.51C'],
    [{ sessionBudgetPerPerson: -1 }, 'sessionBudgetPerPerson: sessionBudgetPerPerson cannot be negative'],
    [
      {
        outcomeTargets: [
          { category: 'TRAINING', sharePercent: 10 },
          { category: 'TRAINING', sharePercent: 5 },
        ],
      },
      'outcomeTargets.1.category: TRAINING has two targets',
    ],
    [
      {
        outcomeTargets: [
          { category: 'TRAINING', sharePercent: 70 },
          { category: 'OTHER', sharePercent: 40 },
        ],
      },
      'outcomeTargets: the targets add up to 110%, more than 100%',
    ],
  ])('%j is refused: %s', (changes, message) => {
    expect(issues(changes)).toEqual([message]);
  });
});
