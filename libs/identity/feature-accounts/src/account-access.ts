import type { Identity } from '@passerelle/shared/auth';
import type { AccountEntity } from '@passerelle/identity/data-access';

/**
 * Who may act on someone else's account (re-send an invitation, end their sessions): ops of an
 * office the account serves (or of every office), and a person's own coach.
 */
export function mayManageAccount(
  identity: Identity,
  account: AccountEntity,
  followingCoachId: string | null,
): boolean {
  if (identity.role === 'ops') {
    if (identity.allOffices) return true;
    if (account.allOffices || account.role === 'sponsor' || account.role === 'committee') return false;
    return account.officeIds.some((id) => identity.officeIds.includes(id));
  }
  if (identity.role === 'coach') return account.role === 'candidate' && followingCoachId === identity.coachId;
  return false;
}
