import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PathwayRepository, PlanReconciler, ProgrammeTermsRepository } from '@passerelle/pathway/data-access';
import { RedatePlansHandler } from '../redate-plans/redate-plans.handler';
import type { RecordProgrammeTermsCommand } from './record-programme-terms.command';

@Injectable()
export class RecordProgrammeTermsHandler {
  constructor(
    private readonly terms: ProgrammeTermsRepository,
    private readonly pathways: PathwayRepository,
    private readonly reconciler: PlanReconciler,
    private readonly redate: RedatePlansHandler,
  ) {}

  /**
   * Keeps the newest terms. People diagnosed before the terms arrived are planned now; plans
   * already made follow a new end of the programme (re-dated or flagged); a new budget is shown
   * against them (the budget view), not cut.
   */
  async execute(manager: EntityManager, command: RecordProgrammeTermsCommand): Promise<void> {
    const { now, ...terms } = command;
    if (!(await this.terms.upsertIfNewer(manager, terms))) return;
    for (const candidateId of await this.pathways.waitingForTerms(manager, command.programmeId)) {
      await this.reconciler.reconcile(manager, candidateId, now);
    }
    await this.redate.execute(manager, { ...terms, now });
  }
}
