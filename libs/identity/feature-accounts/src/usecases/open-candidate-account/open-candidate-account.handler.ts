import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountNotOpenedRepository, AccountRepository } from '@passerelle/identity/data-access';
import { AccountOpener, type OpenAccountOutcome } from '../../account-opener';
import { reportNotOpened } from '../../accounts-not-opened';
import { ContactDirectory } from '../../contact-directory';
import type { OpenCandidateAccountCommand } from './open-candidate-account.command';

/**
 * One account per enrolled person, invited by email at the address intake holds (decision 0018).
 * An address already another account's opens nothing and is not sent an invitation: the person is
 * recorded for ops (`account_not_opened`, a warning with ids, a metric; decision 0048) until a later
 * enrolment finds the address free. The per-event form; `OpenCandidateAccountsHandler` is the
 * batch form the consumer uses, compared with this one in `open-accounts-batch.int-spec.ts`.
 */
@Injectable()
export class OpenCandidateAccountHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly contacts: ContactDirectory,
    private readonly opener: AccountOpener,
    private readonly notOpened: AccountNotOpenedRepository,
  ) {}

  async execute(manager: EntityManager, command: OpenCandidateAccountCommand): Promise<OpenAccountOutcome> {
    const { candidateId, officeIds, now } = command;
    return this.opener.openOnce(manager, {
      about: `candidate ${candidateId}`,
      existing: await this.accounts.findByCandidateId(candidateId, manager),
      officeIds,
      contact: () => this.contacts.candidate(candidateId),
      account: (contact) => ({
        email: contact.email,
        displayName: `${contact.firstName} ${contact.lastName}`.trim(),
        role: 'candidate',
        language: contact.language,
        candidateId,
        coachId: null,
        officeIds,
        allOffices: false,
        sponsorIds: [],
      }),
      actor: 'service:intake',
      now,
      onEmailTaken: async (holder) => {
        const found = { candidateId, officeIds, heldByAccountId: holder.id, at: now };
        await this.notOpened.recordAll(manager, [found]);
        reportNotOpened([found]);
      },
      onOpened: () => this.notOpened.clear(manager, [candidateId]),
    });
  }
}
