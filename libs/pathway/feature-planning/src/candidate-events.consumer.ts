import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import { DraftPathwayHandler } from './draft-pathway.handler';
import { factFromEvent } from './fact-mapping';
import { PlanReconciler } from './plan-reconciler';
import { RecordDiagnosisHandler } from './record-diagnosis.handler';
import { RecordFactHandler } from './record-fact.handler';

/** Intake's facts about a person: enrolled, diagnosed, outcome recorded, erased. */
@Controller()
export class CandidateEventsConsumer {
  constructor(
    private readonly draftPathway: DraftPathwayHandler,
    private readonly recordDiagnosis: RecordDiagnosisHandler,
    private readonly recordFact: RecordFactHandler,
    private readonly reconciler: PlanReconciler,
    private readonly pathways: PathwayRepository,
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

  @OnEvent('CandidateOutcomeRecorded.v1')
  onOutcome(
    @Payload() event: EventOf<'CandidateOutcomeRecorded.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.recordFact.execute(context.manager, {
      candidateId: event.payload.candidateId,
      fact: factFromEvent(event),
      now: this.clock.now(),
    });
  }

  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.pathways.lockCandidate(context.manager, event.payload.candidateId);
    await this.pathways.eraseCandidate(
      context.manager,
      event.payload.candidateId,
      new Date(event.payload.erasedAt),
    );
  }
}
