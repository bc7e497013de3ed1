import { assessOve, DEFAULT_OVE_DEFINITION, oveDefinitionProblems, type OveOffer } from './ove-definition';

const offer: OveOffer = {
  contractType: 'permanent',
  contractMonths: null,
  grossAnnualPay: 32_000,
  previousGrossAnnualPay: 34_000,
  placeDepartmentCode: '69',
  homeDepartmentCode: '69',
};

describe('assessOve with the default definition (10 % pay drop at most, 6 months at least)', () => {
  it.each<[string, Partial<OveOffer>, boolean | null, (boolean | null)[]]>([
    ['a CDI in the department at 94 % of the pay', {}, true, [true, true, true]],
    ['pay exactly 90 %', { grossAnnualPay: 30_600 }, true, [true, true, true]],
    ['pay one euro under 90 %', { grossAnnualPay: 30_599 }, false, [true, false, true]],
    ['pay higher than before', { grossAnnualPay: 50_000 }, true, [true, true, true]],
    ['another department', { placeDepartmentCode: '38' }, false, [false, true, true]],
    ['a 6-month fixed term', { contractType: 'fixed_term', contractMonths: 6 }, true, [true, true, true]],
    ['a 5-month fixed term', { contractType: 'fixed_term', contractMonths: 5 }, false, [true, true, false]],
    [
      'a temporary mission of 12 months',
      { contractType: 'temporary', contractMonths: 12 },
      true,
      [true, true, true],
    ],
    ['a fixed term of unknown length', { contractType: 'fixed_term' }, null, [true, true, null]],
    ['no pay given', { grossAnnualPay: null }, null, [true, null, true]],
    ['no previous pay', { previousGrossAnnualPay: null }, null, [true, null, true]],
    ['no place', { placeDepartmentCode: null }, null, [null, true, true]],
    [
      'unknown home but a failing pay',
      { homeDepartmentCode: null, grossAnnualPay: 20_000 },
      false,
      [null, false, true],
    ],
  ])('%s', (_name, change, meets, criteria) => {
    const assessment = assessOve({ ...offer, ...change }, DEFAULT_OVE_DEFINITION);
    expect(assessment.meetsDefinition).toBe(meets);
    expect(assessment.criteria.map((c) => c.met)).toEqual(criteria);
    expect(assessment.criteria.map((c) => c.criterion)).toEqual(['labour_market_area', 'pay', 'contract']);
  });

  it('follows the programme’s own terms, not constants', () => {
    const strict = { maxPayDropPercent: 0, minContractMonths: 12 };
    const assessment = assessOve({ ...offer, contractType: 'fixed_term', contractMonths: 9 }, strict);
    expect(assessment.meetsDefinition).toBe(false);
    expect(assessment.criteria.map((c) => c.reason)).toEqual([
      "in the person's department (69)",
      '32000 € a year, under 34000 € (100 % of 34000 €)',
      '9 months, under 12',
    ]);
  });
});

describe('oveDefinitionProblems', () => {
  it.each([
    [{ maxPayDropPercent: 10, minContractMonths: 6 }, []],
    [{ maxPayDropPercent: 0, minContractMonths: 1 }, []],
    [{ maxPayDropPercent: -1, minContractMonths: 6 }, ['maxPayDropPercent']],
    [{ maxPayDropPercent: 51, minContractMonths: 6 }, ['maxPayDropPercent']],
    [{ maxPayDropPercent: 10, minContractMonths: 0 }, ['minContractMonths']],
    [{ maxPayDropPercent: 10, minContractMonths: 6.5 }, ['minContractMonths']],
  ])('%j', (definition, fields) => {
    expect(oveDefinitionProblems(definition).map((p) => p.field)).toEqual(fields);
  });
});
