import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { CandidateAccessRepository, PersonalDataRepository } from '@passerelle/intake/data-access';
import { candidateNotFound } from '../../privacy.error';
import type { EraseCandidateCommand } from './erase-candidate.command';

/**
 * Erases a person at their request, run by ops of their offices: intake deletes everything it
 * holds about them and announces CandidateErased in the same transaction, so every other service
 * erases its part. Only the fact of the erasure (the id and the time) remains.
 */
@Injectable()
export class EraseCandidateHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CandidateAccessRepository,
    private readonly personalData: PersonalDataRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(
    identity: Identity,
    { candidateId }: EraseCandidateCommand,
  ): Promise<{ candidateId: string; erasedAt: Date }> {
    if (!(await this.access.findFor(identity, candidateId, ['ops']))) throw candidateNotFound(candidateId);
    const erasedAt = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.personalData.erase(manager, candidateId, erasedAt)))
        throw candidateNotFound(candidateId);
      await this.outbox.emit(manager, 'CandidateErased.v1', candidateId, {
        candidateId,
        erasedAt: erasedAt.toISOString(),
      });
      return { candidateId, erasedAt };
    });
  }
}
