import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PathwayRepository, PlanReconciler } from '@passerelle/pathway/data-access';
import { normaliseFact } from '../../fact.mapper';
import type { RecordFactCommand } from './record-fact.command';

@Injectable()
export class RecordFactHandler {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly reconciler: PlanReconciler,
  ) {}

  /** Kept whether or not the plan exists yet; applied by deriving the plan's progress again. */
  async execute(manager: EntityManager, command: RecordFactCommand): Promise<void> {
    await this.pathways.lockCandidate(manager, command.candidateId);
    const fact = normaliseFact(command.fact);
    const recorded = await this.pathways.recordFact(manager, {
      eventId: fact.eventId,
      candidateId: command.candidateId,
      type: fact.type,
      occurredAt: new Date(fact.at),
      fact,
      receivedAt: command.now,
    });
    if (recorded)
      await this.reconciler.reconcile(manager, command.candidateId, command.now, { locked: true });
  }
}
