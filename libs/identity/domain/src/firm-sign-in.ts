import type { AccountRole, AccountStatus } from './account';

/** Why a firm's provider's answer does not sign anyone in. */
export type FirmSignInRefusal = 'email_not_verified' | 'outside_firm_domains' | 'no_staff_account';

/**
 * Whom a firm's provider vouches for: a staff account (ops, coach, sponsor HR) at the address its
 * ID token gives, verified, in one of the firm's domains. People enrolled in a programme never sign
 * in this way: their account is theirs, not their former employer's or the firm's.
 */
export function firmSignInRefusal(
  claims: { email?: unknown; email_verified?: unknown },
  firmDomains: readonly string[],
  account: { role: AccountRole; status: AccountStatus } | null,
): FirmSignInRefusal | null {
  if (typeof claims.email !== 'string' || claims.email_verified !== true) return 'email_not_verified';
  const domain = claims.email.trim().toLowerCase().split('@')[1] ?? '';
  if (!firmDomains.includes(domain)) return 'outside_firm_domains';
  if (!account || account.role === 'candidate' || account.status === 'disabled') return 'no_staff_account';
  return null;
}
