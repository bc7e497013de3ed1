import { outcomeIssues, type OutcomeFacts } from './outcome-rules';

const TODAY = '2026-06-15';
const facts = (changes: Partial<OutcomeFacts>): OutcomeFacts => ({
  category: 'permanent_contract',
  outcomeDate: '2026-06-01',
  employerName: 'Boulangerie Martin',
  contractMonths: null,
  ...changes,
});

describe('outcome rules of the end-of-programme report', () => {
  it.each<[string, Partial<OutcomeFacts>, { field: string; message: string }[]]>([
    ['a permanent contract with its employer', {}, []],
    [
      'a permanent contract without employer',
      { employerName: null },
      [{ field: 'employerName', message: 'a job outcome names its employer' }],
    ],
    [
      'a permanent contract with a length',
      { contractMonths: 12 },
      [{ field: 'contractMonths', message: 'a permanent contract has no length' }],
    ],
    ['a 6-month fixed term', { category: 'fixed_term_6_months_or_more', contractMonths: 6 }, []],
    [
      'a 5-month "6 months or more"',
      { category: 'fixed_term_6_months_or_more', contractMonths: 5 },
      [
        {
          field: 'contractMonths',
          message: '5 months is shorter than 6: record it as SHORT_FIXED_TERM_OR_TEMPORARY',
        },
      ],
    ],
    [
      'a fixed term without length',
      { category: 'fixed_term_6_months_or_more' },
      [{ field: 'contractMonths', message: 'a fixed-term contract says how many months it lasts' }],
    ],
    ['a short fixed term of 3 months', { category: 'short_fixed_term_or_temporary', contractMonths: 3 }, []],
    ['temporary work with no set length', { category: 'short_fixed_term_or_temporary' }, []],
    [
      'a "short" fixed term of 6 months',
      { category: 'short_fixed_term_or_temporary', contractMonths: 6 },
      [
        {
          field: 'contractMonths',
          message: '6 months is 6 or more: record it as FIXED_TERM_6_MONTHS_OR_MORE',
        },
      ],
    ],
    ['training needs no employer', { category: 'training', employerName: null }, []],
    ['still searching', { category: 'still_searching', employerName: null }, []],
    ['a job starting in three months', { outcomeDate: '2026-09-15' }, []],
    [
      'a job starting in four months',
      { outcomeDate: '2026-10-16' },
      [{ field: 'outcomeDate', message: 'an outcome dated after 2026-09-15 is not an outcome yet' }],
    ],
  ])('%s', (_case, changes, issues) => {
    expect(outcomeIssues(facts(changes), TODAY)).toEqual(issues);
  });
});
