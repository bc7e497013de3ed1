import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { PlanReconciler } from '@passerelle/pathway/data-access';
import { DraftPathwayHandler } from './usecases/draft-pathway/draft-pathway.handler';
import { EraseCandidateHandler } from './usecases/erase-candidate/erase-candidate.handler';
import { RecordDiagnosisHandler } from './usecases/record-diagnosis/record-diagnosis.handler';
import { RecordCandidateStatusHandler } from './usecases/record-candidate-status/record-candidate-status.handler';

/**
 * Intake's facts about a person that start, plan, hold or end a pathway: enrolled, diagnosed, their
 * status changed (paused, back, placed, exited), erased.
 */
@Controller()
export class CandidateEventsConsumer {
  constructor(
    private readonly draftPathway: DraftPathwayHandler,
    private readonly recordDiagnosis: RecordDiagnosisHandler,
    private readonly eraseCandidate: EraseCandidateHandler,
    private readonly recordStatus: RecordCandidateStatusHandler,
    private readonly reconciler: PlanReconciler,
    private readonly clock: Clock,
  ) {}

  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(
    @Payload() event: EventOf<'CandidateEnrolled.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, programmeId } = event.payload;
    const now = this.clock.now();
    if (await this.draftPathway.execute(context.manager, { candidateId, programmeId, now })) {
      await this.reconciler.reconcile(context.manager, candidateId, now, { locked: true });
    }
  }

  @OnEvent('CandidateDiagnosed.v1')
  onDiagnosed(
    @Payload() event: EventOf<'CandidateDiagnosed.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, programmeId, track, distressFlag, diagnosedAt } = event.payload;
    return this.recordDiagnosis.execute(context.manager, {
      candidateId,
      programmeId,
      track,
      distressFlag,
      diagnosedAt: new Date(diagnosedAt),
      now: this.clock.now(),
    });
  }

  @OnEvent('CandidateStatusChanged.v1')
  onStatusChanged(
    @Payload() event: EventOf<'CandidateStatusChanged.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.recordStatus.execute(context.manager, {
      candidateId: event.payload.candidateId,
      to: event.payload.to,
      changedAt: new Date(event.payload.changedAt),
      now: this.clock.now(),
    });
  }

  @OnEvent('CandidateErased.v1')
  onErased(@Payload() event: EventOf<'CandidateErased.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.eraseCandidate.execute(context.manager, {
      candidateId: event.payload.candidateId,
      erasedAt: new Date(event.payload.erasedAt),
    });
  }
}
