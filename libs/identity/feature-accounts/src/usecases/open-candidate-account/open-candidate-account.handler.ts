import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountRepository } from '@passerelle/identity/data-access';
import { AccountOpener } from '../../account-opener';
import { ContactDirectory } from '../../contact-directory';
import type { OpenCandidateAccountCommand } from './open-candidate-account.command';

export type OpenAccountOutcome = 'opened' | 'already_open' | 'unknown_to_owner' | 'email_taken';

/**
 * One account per enrolled person, invited by email. Intake says where to write (decision 0018);
 * a redelivered enrolment finds the account and changes nothing but the offices.
 */
@Injectable()
export class OpenCandidateAccountHandler {
  private readonly logger = new Logger(OpenCandidateAccountHandler.name);

  constructor(
    private readonly accounts: AccountRepository,
    private readonly contacts: ContactDirectory,
    private readonly opener: AccountOpener,
  ) {}

  async execute(manager: EntityManager, command: OpenCandidateAccountCommand): Promise<OpenAccountOutcome> {
    const existing = await this.accounts.findByCandidateId(command.candidateId, manager);
    if (existing) {
      await this.accounts.update(manager, existing.id, { officeIds: command.officeIds }, command.now);
      return 'already_open';
    }
    const contact = await this.contacts.candidate(command.candidateId);
    // Erased between enrolment and now: there is nobody to invite.
    if (!contact) return 'unknown_to_owner';
    if (await this.accounts.findByEmail(contact.email)) {
      // One address, one account: a person enrolled twice keeps the account they have.
      this.logger.warn(`candidate ${command.candidateId}: their address already has an account`);
      return 'email_taken';
    }
    await this.opener.open(
      manager,
      {
        email: contact.email,
        displayName: `${contact.firstName} ${contact.lastName}`.trim(),
        role: 'candidate',
        language: contact.language,
        candidateId: command.candidateId,
        coachId: null,
        officeIds: command.officeIds,
        allOffices: false,
        sponsorIds: [],
      },
      'service:intake',
      command.now,
    );
    return 'opened';
  }
}
