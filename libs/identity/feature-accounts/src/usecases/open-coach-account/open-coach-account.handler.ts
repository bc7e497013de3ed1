import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountRepository } from '@passerelle/identity/data-access';
import { AccountOpener } from '../../account-opener';
import { ContactDirectory } from '../../contact-directory';
import type { OpenAccountOutcome } from '../open-candidate-account/open-candidate-account.handler';
import type { OpenCoachAccountCommand } from './open-coach-account.command';

/** One account per coach, at their work address (from scheduling); idempotent like enrolment. */
@Injectable()
export class OpenCoachAccountHandler {
  private readonly logger = new Logger(OpenCoachAccountHandler.name);

  constructor(
    private readonly accounts: AccountRepository,
    private readonly contacts: ContactDirectory,
    private readonly opener: AccountOpener,
  ) {}

  async execute(manager: EntityManager, command: OpenCoachAccountCommand): Promise<OpenAccountOutcome> {
    const existing = await this.accounts.findByCoachId(command.coachId, manager);
    if (existing) {
      await this.accounts.update(manager, existing.id, { officeIds: command.officeIds }, command.now);
      return 'already_open';
    }
    const contact = await this.contacts.coach(command.coachId);
    if (!contact) return 'unknown_to_owner';
    if (await this.accounts.findByEmail(contact.email)) {
      this.logger.warn(`coach ${command.coachId}: their address already has an account`);
      return 'email_taken';
    }
    await this.opener.open(
      manager,
      {
        email: contact.email,
        displayName: contact.displayName,
        role: 'coach',
        language: contact.language,
        candidateId: null,
        coachId: command.coachId,
        officeIds: command.officeIds,
        allOffices: false,
        sponsorIds: [],
      },
      'service:scheduling',
      command.now,
    );
    return 'opened';
  }
}
