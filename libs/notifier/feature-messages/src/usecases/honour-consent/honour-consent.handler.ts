import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RecipientConsentRepository } from '@passerelle/notifier/data-access';
import type { HonourConsentCommand } from './honour-consent.command';

/**
 * Keeps the consent in force per person and purpose, so every message written from now on follows
 * it (notifier/domain's channel plan): a withdrawn notice stops what is not essential, a consent
 * to texts adds a text to reminders. Messages already queued are not recalled.
 */
@Injectable()
export class HonourConsentHandler {
  constructor(private readonly consents: RecipientConsentRepository) {}

  async execute(manager: EntityManager, command: HonourConsentCommand): Promise<void> {
    await this.consents.record(manager, {
      candidateId: command.candidateId,
      purpose: command.purpose,
      granted: command.granted,
      recordedAt: new Date(command.recordedAt),
    });
  }
}
