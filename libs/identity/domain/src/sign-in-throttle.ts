/**
 * Password guessing on one account: the first failures cost nothing, then each one locks the
 * account for longer (1 min, 2, 4, ... up to a day). A success clears the count. The lock is the
 * account's, whatever address the attempts come from; the per-address limit is the caller's.
 */
export const FREE_FAILURES = 5;
export const FIRST_LOCK_SECONDS = 60;
export const LONGEST_LOCK_SECONDS = 24 * 3600;

export interface SignInThrottle {
  /** Failures since the last success. */
  failures: number;
  /** Until when a password is not even checked; null when open. */
  lockedUntil: Date | null;
}

export const OPEN_THROTTLE: SignInThrottle = { failures: 0, lockedUntil: null };

/** Seconds to wait before a password may be tried; 0 when it may be now. */
export function secondsLocked(throttle: SignInThrottle, now: Date): number {
  if (!throttle.lockedUntil) return 0;
  return Math.max(0, Math.ceil((throttle.lockedUntil.getTime() - now.getTime()) / 1000));
}

/** The throttle after one more wrong password at `now`. */
export function afterFailure(throttle: SignInThrottle, now: Date): SignInThrottle {
  const failures = throttle.failures + 1;
  if (failures < FREE_FAILURES) return { failures, lockedUntil: null };
  const seconds = Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES), LONGEST_LOCK_SECONDS);
  return { failures, lockedUntil: new Date(now.getTime() + seconds * 1000) };
}
