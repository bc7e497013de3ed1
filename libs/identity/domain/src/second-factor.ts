import type { AccountRole } from './account';

/**
 * Who needs a second factor: staff who see many people's files (ops, coaches) always; candidates,
 * sponsor HR and committee members (aggregates only) may add one but are never asked to (not
 * prompted today).
 */
export function secondFactorRequired(role: AccountRole): boolean {
  return role === 'ops' || role === 'coach';
}

/**
 * What comes after a right password: a code when the account has a confirmed factor, setting one
 * up when its role requires one and it has none, else nothing (signed in).
 */
export type AfterPassword = 'signed_in' | 'code' | 'enrol';

export function afterPassword(account: { role: AccountRole; hasConfirmedFactor: boolean }): AfterPassword {
  if (account.hasConfirmedFactor) return 'code';
  return secondFactorRequired(account.role) ? 'enrol' : 'signed_in';
}
