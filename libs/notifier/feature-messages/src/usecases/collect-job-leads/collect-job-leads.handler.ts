import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DigestRepository } from '@passerelle/notifier/data-access';
import type { CollectJobLeadsCommand } from './collect-job-leads.command';

/** Nothing is sent here: the digest run sends at most one job-leads email a day per person. */
@Injectable()
export class CollectJobLeadsHandler {
  constructor(private readonly digests: DigestRepository) {}

  async execute(manager: EntityManager, command: CollectJobLeadsCommand): Promise<void> {
    await this.digests.addJobLeads(manager, command.candidateId, command.offers, command.computedAt);
  }
}
