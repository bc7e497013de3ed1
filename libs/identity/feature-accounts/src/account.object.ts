import type {
  AccountEntity,
  AccountNotOpenedEntity,
  InvitationEntity,
} from '@passerelle/identity/data-access';
import type { Account, AccountNotOpened, Invitation } from '@passerelle/identity/graphql-types';

/** An account as the API shows it: never its password hash, lockout or sponsor ids. */
export function toAccountObject(account: AccountEntity): Account {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role.toUpperCase() as Account['role'],
    status: account.status.toUpperCase() as Account['status'],
    language: account.language.toUpperCase() as Account['language'],
    candidateId: account.candidateId,
    coachId: account.coachId,
    officeIds: account.officeIds,
    allOffices: account.allOffices,
    createdAt: account.createdAt,
  };
}

export function toInvitationObject(invitation: InvitationEntity): Invitation {
  return { id: invitation.id, accountId: invitation.accountId, expiresAt: invitation.expiresAt };
}

/** A person without an account as ops see it: never which account holds the address. */
export function toAccountNotOpenedObject(row: AccountNotOpenedEntity): AccountNotOpened {
  return {
    candidateId: row.candidateId,
    officeIds: row.officeIds,
    reason: 'EMAIL_ALREADY_USED',
    since: row.firstSeenAt,
    lastSeenAt: row.lastSeenAt,
  };
}
