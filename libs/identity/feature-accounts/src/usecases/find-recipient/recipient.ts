import type { AccountEntity } from '@passerelle/identity/data-access';

/** Who to write to, as the notifier reads it (decision 0018): an account's address and language. */
export interface Recipient {
  accountId: string;
  role: AccountEntity['role'];
  email: string;
  displayName: string;
  language: AccountEntity['language'];
  candidateId: string | null;
  coachId: string | null;
  officeIds: string[];
  status: AccountEntity['status'];
}

export function toRecipient(account: AccountEntity): Recipient {
  return {
    accountId: account.id,
    role: account.role,
    email: account.email,
    displayName: account.displayName,
    language: account.language,
    candidateId: account.candidateId,
    coachId: account.coachId,
    officeIds: account.officeIds,
    status: account.status,
  };
}
