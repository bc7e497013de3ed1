import {
  activation,
  changeNeedsOps,
  statusAfterOutcome,
  statusChangeIssues,
  type StatusChangeRequest,
} from './candidate-lifecycle';

const TODAY = '2026-03-10';
const request = (overrides: Partial<StatusChangeRequest>): StatusChangeRequest => ({
  to: 'paused',
  reason: 'illness',
  expectedReturnOn: '2026-04-20',
  note: null,
  ...overrides,
});

describe('statusChangeIssues', () => {
  it.each([
    ['active', request({})],
    ['invited', request({ reason: 'parental_leave', expectedReturnOn: '2026-09-01' })],
    ['paused', request({ to: 'active', reason: 'returned', expectedReturnOn: null })],
    [
      'exited',
      request({ to: 'active', reason: 'reinstated', expectedReturnOn: null, note: 'exited by mistake' }),
    ],
    [
      'placed',
      request({ to: 'active', reason: 'reinstated', expectedReturnOn: null, note: 'trial period ended' }),
    ],
    ['active', request({ to: 'exited', reason: 'withdrawal', expectedReturnOn: null })],
    ['paused', request({ to: 'exited', reason: 'end_of_programme', expectedReturnOn: null })],
    ['placed', request({ to: 'exited', reason: 'end_of_programme', expectedReturnOn: null })],
  ] as const)('allows %s -> %j', (from, change) => {
    expect(statusChangeIssues(from, change, TODAY)).toEqual([]);
  });

  it.each([
    ['paused', request({}), 'status'],
    ['exited', request({}), 'status'],
    ['active', request({ reason: 'withdrawal' }), 'reason'],
    ['active', request({ expectedReturnOn: null }), 'expectedReturnOn'],
    ['active', request({ expectedReturnOn: TODAY }), 'expectedReturnOn'],
    ['active', request({ expectedReturnOn: '2027-06-01' }), 'expectedReturnOn'],
    ['active', request({ to: 'active', reason: 'returned', expectedReturnOn: null }), 'status'],
    ['paused', request({ to: 'active', reason: 'reinstated', expectedReturnOn: null }), 'reason'],
    ['exited', request({ to: 'active', reason: 'reinstated', expectedReturnOn: null }), 'note'],
    ['exited', request({ to: 'exited', reason: 'withdrawal', expectedReturnOn: null }), 'status'],
    ['active', request({ to: 'exited', reason: 'illness', expectedReturnOn: null }), 'reason'],
    ['active', request({ to: 'exited', reason: 'withdrawal' }), 'expectedReturnOn'],
    ['active', request({ to: 'placed', reason: 'outcome_recorded', expectedReturnOn: null }), 'status'],
    ['active', request({ to: 'invited', reason: 'reinstated', expectedReturnOn: null }), 'status'],
  ] as const)('refuses %s -> %j, naming %s', (from, change, field) => {
    expect(statusChangeIssues(from, change, TODAY).map((issue) => issue.field)).toContain(field);
  });
});

describe('changeNeedsOps', () => {
  it.each([
    ['active', 'paused', false],
    ['paused', 'active', false],
    ['active', 'exited', true],
    ['exited', 'active', true],
    ['placed', 'active', true],
  ] as const)('%s -> %s needs ops: %s', (from, to, expected) => {
    expect(changeNeedsOps({ to }, from)).toBe(expected);
  });
});

describe('activation', () => {
  it.each([
    ['invited', 'active'],
    ['active', null],
    ['paused', null],
    ['exited', null],
  ] as const)('%s becomes %s', (from, to) => {
    expect(activation(from)).toBe(to);
  });
});

describe('statusAfterOutcome', () => {
  it.each([
    ['active', 'permanent_contract', { to: 'placed', reason: 'outcome_recorded' }],
    ['paused', 'business_creation', { to: 'placed', reason: 'outcome_recorded' }],
    ['invited', 'training', { to: 'placed', reason: 'outcome_recorded' }],
    ['placed', 'fixed_term_6_months_or_more', null],
    ['active', 'still_searching', null],
    ['active', 'short_fixed_term_or_temporary', null],
    ['placed', 'still_searching', { to: 'active', reason: 'outcome_corrected' }],
    ['active', 'retirement', { to: 'exited', reason: 'retirement' }],
    ['exited', 'permanent_contract', null],
  ] as const)('%s with %s gives %j', (from, category, expected) => {
    expect(statusAfterOutcome(from, category)).toEqual(expected);
  });
});
