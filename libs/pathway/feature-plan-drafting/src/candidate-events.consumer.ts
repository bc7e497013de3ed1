import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { Clock } from '@passerelle/shared/clock';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import { InboxBatchContext, InboxContext, OnEvent, OnEventBatch } from '@passerelle/shared/messaging';
import { DraftPathwaysHandler } from './usecases/draft-pathways/draft-pathways.handler';
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
    private readonly draftPathways: DraftPathwaysHandler,
    private readonly recordDiagnosis: RecordDiagnosisHandler,
    private readonly eraseCandidate: EraseCandidateHandler,
    private readonly recordStatus: RecordCandidateStatusHandler,
    private readonly scopes: CandidateScopeRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * An HR file's people arrive by the thousand: a Kafka batch's enrolments are drafted together
   * (decision 0035; `DraftPathwaysHandler`), with the result of drafting them one by one.
   */
  @OnEventBatch('CandidateEnrolled.v1')
  async onEnrolled(@Payload() events: readonly AnyEvent[], @Ctx() context: InboxBatchContext): Promise<void> {
    const enrolled = events as readonly EventOf<'CandidateEnrolled.v1'>[];
    // The access projection's row, as CandidateScopeModule's per-event consumer writes it elsewhere.
    await this.scopes.recordEnrolments(context.manager, enrolled);
    await this.draftPathways.execute(context.manager, {
      enrolments: enrolled.map(({ eventId, correlationId, payload: { candidateId, programmeId } }) => ({
        eventId,
        correlationId,
        candidateId,
        programmeId,
      })),
      now: this.clock.now(),
    });
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
