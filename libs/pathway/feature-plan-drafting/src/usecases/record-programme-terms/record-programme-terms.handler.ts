import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PathwayRepository, PlanReconciler, ProgrammeTermsRepository } from '@passerelle/pathway/data-access';
import type { RecordProgrammeTermsCommand } from './record-programme-terms.command';

@Injectable()
export class RecordProgrammeTermsHandler {
  constructor(
    private readonly terms: ProgrammeTermsRepository,
    private readonly pathways: PathwayRepository,
    private readonly reconciler: PlanReconciler,
  ) {}

  /**
   * Keeps the newest terms. People diagnosed before the terms arrived are planned now; plans
   * already made keep their dates (the budget view shows the new budget against them).
   */
  async execute(manager: EntityManager, command: RecordProgrammeTermsCommand): Promise<void> {
    const { now, ...terms } = command;
    if (!(await this.terms.upsertIfNewer(manager, terms))) return;
    for (const candidateId of await this.pathways.waitingForTerms(manager, command.programmeId)) {
      await this.reconciler.reconcile(manager, candidateId, now);
    }
  }
}
