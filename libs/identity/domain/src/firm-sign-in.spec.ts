import { firmSignInRefusal } from './firm-sign-in';

const ops = { role: 'ops' as const, status: 'active' as const };
const verified = { email: 'Claire@Cabinet.test', email_verified: true };

describe('firmSignInRefusal', () => {
  it.each([
    ['a verified address of the firm, a staff account', verified, ops, null],
    ['a staff account not yet activated (invited)', verified, { ...ops, status: 'invited' as const }, null],
    ['an address the firm did not verify', { ...verified, email_verified: false }, ops, 'email_not_verified'],
    ['no address at all', { email_verified: true }, ops, 'email_not_verified'],
    [
      'an address outside the firm',
      { ...verified, email: 'claire@ailleurs.test' },
      ops,
      'outside_firm_domains',
    ],
    ['no account at that address', verified, null, 'no_staff_account'],
    [
      'a person enrolled in a programme',
      verified,
      { role: 'candidate' as const, status: 'active' as const },
      'no_staff_account',
    ],
    ['a disabled account', verified, { ...ops, status: 'disabled' as const }, 'no_staff_account'],
  ])('%s', (_label, claims, account, refusal) => {
    expect(firmSignInRefusal(claims, ['cabinet.test'], account)).toBe(refusal);
  });
});
