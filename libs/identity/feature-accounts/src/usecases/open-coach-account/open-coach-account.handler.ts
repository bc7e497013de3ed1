import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountRepository } from '@passerelle/identity/data-access';
import { AccountOpener, type OpenAccountOutcome } from '../../account-opener';
import { ContactDirectory } from '../../contact-directory';
import type { OpenCoachAccountCommand } from './open-coach-account.command';

/** One account per coach, invited at the work address scheduling holds. */
@Injectable()
export class OpenCoachAccountHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly contacts: ContactDirectory,
    private readonly opener: AccountOpener,
  ) {}

  async execute(manager: EntityManager, command: OpenCoachAccountCommand): Promise<OpenAccountOutcome> {
    return this.opener.openOnce(manager, {
      about: `coach ${command.coachId}`,
      existing: await this.accounts.findByCoachId(command.coachId, manager),
      officeIds: command.officeIds,
      contact: () => this.contacts.coach(command.coachId),
      account: (contact) => ({
        email: contact.email,
        displayName: contact.displayName,
        role: 'coach',
        language: contact.language,
        candidateId: null,
        coachId: command.coachId,
        officeIds: command.officeIds,
        allOffices: false,
        sponsorIds: [],
      }),
      actor: 'service:scheduling',
      now: command.now,
    });
  }
}
