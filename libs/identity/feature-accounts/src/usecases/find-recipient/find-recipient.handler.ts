import { Injectable } from '@nestjs/common';
import { AccountRepository } from '@passerelle/identity/data-access';
import { toRecipient, type Recipient } from './recipient';

export type RecipientKey = { accountId: string } | { candidateId: string } | { coachId: string };

/** Who an account, a person or a coach is to write to; null when identity has no such account. */
@Injectable()
export class FindRecipientHandler {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(key: RecipientKey): Promise<Recipient | null> {
    const account =
      'accountId' in key
        ? await this.accounts.findById(key.accountId)
        : 'candidateId' in key
          ? await this.accounts.findByCandidateId(key.candidateId)
          : await this.accounts.findByCoachId(key.coachId);
    return account ? toRecipient(account) : null;
  }

  /** The recipients of the known accounts among these ids, in the order asked (decision 0055). */
  async byAccounts(accountIds: readonly string[]): Promise<Recipient[]> {
    const found = new Map((await this.accounts.findByIds(accountIds)).map((a) => [a.id, a]));
    return [...new Set(accountIds)].flatMap((id) => {
      const account = found.get(id);
      return account ? [toRecipient(account)] : [];
    });
  }

  /** The ops who serve an office (its own and every-office ops), to tell about its queue. */
  async opsOfOffice(officeId: string): Promise<Recipient[]> {
    return (await this.accounts.opsOfOffice(officeId)).map(toRecipient);
  }
}
