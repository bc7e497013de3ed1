import type { AccountStatus } from './account';
import {
  SIGN_IN_LINKS_PER_WINDOW,
  signInLinkWindowStart,
  signInLinkWithheld,
  throttleAfterReset,
} from './sign-in-link';
import { OPEN_THROTTLE } from './sign-in-throttle';

describe('signInLinkWithheld', () => {
  const account = (status: AccountStatus) => ({ status });
  it.each([
    ['an active account below its limit', account('active'), 0, null],
    ['an invited account (its invitation lost)', account('invited'), 2, null],
    ['an active account at its limit', account('active'), SIGN_IN_LINKS_PER_WINDOW, 'limited'],
    ['an invited account above its limit', account('invited'), 7, 'limited'],
    ['a disabled account', account('disabled'), 0, 'not_active'],
    ['an address without an account', null, 0, 'unknown_account'],
  ] as const)('%s', (_label, asked, links, withheld) => {
    expect(signInLinkWithheld(asked, links)).toBe(withheld);
  });

  it('counts the links of the last fifteen minutes', () => {
    expect(signInLinkWindowStart(new Date('2026-03-02T09:00:00Z')).toISOString()).toBe(
      '2026-03-02T08:45:00.000Z',
    );
  });
});

describe('throttleAfterReset', () => {
  const locked = { failures: 7, lockedUntil: new Date('2026-03-02T09:04:00Z') };
  it.each([
    ['clears the failures aimed at the old password', false, OPEN_THROTTLE],
    ['keeps them with a second factor (wrong codes count there too)', true, locked],
  ])('%s', (_label, hasConfirmedFactor, expected) => {
    expect(throttleAfterReset(locked, hasConfirmedFactor)).toEqual(expected);
  });
});
