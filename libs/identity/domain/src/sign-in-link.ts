import type { AccountStatus } from './account';
import { OPEN_THROTTLE, type SignInThrottle } from './sign-in-throttle';

/**
 * "Forgot my password": a link by email to choose a new one. An account gets at most this many
 * links in a window; above it nothing is issued, and whoever asked sees the same answer.
 */
export const SIGN_IN_LINKS_PER_WINDOW = 3;
export const SIGN_IN_LINK_WINDOW_SECONDS = 15 * 60;

/** Why a link asked for is not issued. Never shown: the answer is the same whatever the reason. */
export type SignInLinkWithheld = 'unknown_account' | 'not_active' | 'limited';

/** The start of the window the account's recent links are counted in. */
export function signInLinkWindowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_LINK_WINDOW_SECONDS * 1000);
}

/**
 * Null when a link may be issued: an account that is active or still invited (a lost invitation
 * is a forgotten password too), below its limit. A disabled account gets nothing.
 */
export function signInLinkWithheld(
  account: { status: AccountStatus } | null,
  linksInWindow: number,
): SignInLinkWithheld | null {
  if (!account) return 'unknown_account';
  switch (account.status) {
    case 'disabled':
      return 'not_active';
    case 'active':
    case 'invited':
      return linksInWindow >= SIGN_IN_LINKS_PER_WINDOW ? 'limited' : null;
  }
}

/**
 * The account's throttle once its password is reset through a link: the failures aimed at the
 * old password no longer matter. With a confirmed second factor they stay, since wrong codes
 * count there too: a mailbox taken over must not buy fresh guesses at the code.
 */
export function throttleAfterReset(throttle: SignInThrottle, hasConfirmedFactor: boolean): SignInThrottle {
  return hasConfirmedFactor ? throttle : OPEN_THROTTLE;
}
