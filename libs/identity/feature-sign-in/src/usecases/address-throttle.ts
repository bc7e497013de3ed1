import type { SignInAttemptRepository } from '@passerelle/identity/data-access';

/** Failed attempts one address may make in a window, whatever accounts they aim at. */
export const ADDRESS_FAILURE_LIMIT = 20;
export const ADDRESS_WINDOW_SECONDS = 15 * 60;

/**
 * Whether an address is refused before anything is checked: it failed ADDRESS_FAILURE_LIMIT times
 * in the last ADDRESS_WINDOW_SECONDS. The one rule a password, a code and a link request all read.
 */
export async function addressBlocked(
  attempts: SignInAttemptRepository,
  sourceAddress: string,
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - ADDRESS_WINDOW_SECONDS * 1000);
  return (await attempts.failuresFrom(sourceAddress, since)) >= ADDRESS_FAILURE_LIMIT;
}
