import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { DigestRepository } from '@passerelle/notifier/data-access';
import type { CollectAtRiskCommand } from './collect-at-risk.command';

/**
 * Kept for the digest of the person's coach. Someone without a coach yet is in the assignment
 * queue, which ops hear about on its own; the at-risk list in the console shows them too.
 */
@Injectable()
export class CollectAtRiskHandler {
  constructor(
    private readonly scopes: CandidateScopeRepository,
    private readonly digests: DigestRepository,
  ) {}

  async execute(manager: EntityManager, command: CollectAtRiskCommand): Promise<boolean> {
    const coachId = (await this.scopes.find(command.candidateId))?.coachId;
    if (!coachId) return false;
    await this.digests.addAtRisk(manager, { ...command, coachId });
    return true;
  }
}
