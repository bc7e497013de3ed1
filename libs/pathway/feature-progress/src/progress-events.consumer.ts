import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { factFromEvent } from './fact.mapper';
import { RecordFactHandler } from './usecases/record-fact/record-fact.handler';

type ProgressEvent = Parameters<typeof factFromEvent>[0];

/** Scheduling's, assessment's and intake's facts that move milestones: sessions, assessments, outcomes. */
@Controller()
export class ProgressEventsConsumer {
  constructor(
    private readonly recordFact: RecordFactHandler,
    private readonly clock: Clock,
  ) {}

  @OnEvent('SessionBooked.v1')
  onBooked(@Payload() event: EventOf<'SessionBooked.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.record(event, context);
  }

  @OnEvent('SessionCancelled.v1')
  onCancelled(@Payload() event: EventOf<'SessionCancelled.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.record(event, context);
  }

  @OnEvent('SessionCompleted.v1')
  onCompleted(@Payload() event: EventOf<'SessionCompleted.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.record(event, context);
  }

  @OnEvent('SessionNoShow.v1')
  onNoShow(@Payload() event: EventOf<'SessionNoShow.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.record(event, context);
  }

  @OnEvent('AssessmentCompleted.v1')
  onAssessmentCompleted(
    @Payload() event: EventOf<'AssessmentCompleted.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.record(event, context);
  }

  @OnEvent('ResultsReleased.v1')
  onResultsReleased(
    @Payload() event: EventOf<'ResultsReleased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.record(event, context);
  }

  @OnEvent('CandidateOutcomeRecorded.v1')
  onOutcome(
    @Payload() event: EventOf<'CandidateOutcomeRecorded.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.record(event, context);
  }

  private record(event: ProgressEvent, context: InboxContext): Promise<void> {
    return this.recordFact.execute(context.manager, {
      candidateId: event.payload.candidateId,
      fact: factFromEvent(event),
      now: this.clock.now(),
    });
  }
}
