import type { AccountRole } from './account';
import { afterPassword, type AfterPassword } from './second-factor';

describe('after a right password', () => {
  it.each<[AccountRole, boolean, AfterPassword]>([
    ['ops', false, 'enrol'],
    ['coach', false, 'enrol'],
    ['ops', true, 'code'],
    ['coach', true, 'code'],
    ['candidate', false, 'signed_in'],
    ['candidate', true, 'code'],
    ['sponsor', false, 'signed_in'],
    ['committee', false, 'signed_in'],
  ])('%s with a confirmed factor %p: %p', (role, hasConfirmedFactor, expected) => {
    expect(afterPassword({ role, hasConfirmedFactor })).toBe(expected);
  });
});
