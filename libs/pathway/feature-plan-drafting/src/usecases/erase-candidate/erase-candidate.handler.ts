import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import type { EraseCandidateCommand } from './erase-candidate.command';

@Injectable()
export class EraseCandidateHandler {
  constructor(private readonly pathways: PathwayRepository) {}

  /** Runs in the inbox's transaction, under the person's lock, so no event for them lands halfway. */
  async execute(manager: EntityManager, command: EraseCandidateCommand): Promise<void> {
    await this.pathways.lockCandidate(manager, command.candidateId);
    await this.pathways.eraseCandidate(manager, command.candidateId, command.erasedAt);
  }
}
