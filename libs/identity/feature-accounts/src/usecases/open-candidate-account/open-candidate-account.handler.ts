import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountRepository } from '@passerelle/identity/data-access';
import { AccountOpener, type OpenAccountOutcome } from '../../account-opener';
import { ContactDirectory } from '../../contact-directory';
import type { OpenCandidateAccountCommand } from './open-candidate-account.command';

/** One account per enrolled person, invited by email at the address intake holds (decision 0018). */
@Injectable()
export class OpenCandidateAccountHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly contacts: ContactDirectory,
    private readonly opener: AccountOpener,
  ) {}

  async execute(manager: EntityManager, command: OpenCandidateAccountCommand): Promise<OpenAccountOutcome> {
    return this.opener.openOnce(manager, {
      about: `candidate ${command.candidateId}`,
      existing: await this.accounts.findByCandidateId(command.candidateId, manager),
      officeIds: command.officeIds,
      contact: () => this.contacts.candidate(command.candidateId),
      account: (contact) => ({
        email: contact.email,
        displayName: `${contact.firstName} ${contact.lastName}`.trim(),
        role: 'candidate',
        language: contact.language,
        candidateId: command.candidateId,
        coachId: null,
        officeIds: command.officeIds,
        allOffices: false,
        sponsorIds: [],
      }),
      actor: 'service:intake',
      now: command.now,
    });
  }
}
