import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { supersedesDiagnosis } from '@passerelle/pathway/domain';
import { PathwayRepository, PlanReconciler } from '@passerelle/pathway/data-access';
import { DraftPathwayHandler } from '../draft-pathway/draft-pathway.handler';
import type { RecordDiagnosisCommand } from './record-diagnosis.command';

@Injectable()
export class RecordDiagnosisHandler {
  constructor(
    private readonly drafts: DraftPathwayHandler,
    private readonly pathways: PathwayRepository,
    private readonly reconciler: PlanReconciler,
  ) {}

  /** The latest diagnostic wins (by when it was made), so an older one arriving late changes nothing. */
  async execute(manager: EntityManager, command: RecordDiagnosisCommand): Promise<void> {
    if (!(await this.drafts.execute(manager, command))) return;
    const pathway = await this.pathways.findByCandidate(command.candidateId, manager);
    if (!pathway) return;
    if (!supersedesDiagnosis(pathway.diagnosedAt, command.diagnosedAt)) return;
    pathway.track = command.track;
    pathway.distressFlag = command.distressFlag;
    pathway.diagnosedAt = command.diagnosedAt;
    await this.pathways.save(manager, pathway);
    await this.reconciler.reconcile(manager, command.candidateId, command.now, { locked: true });
  }
}
