import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { factFromEvent } from './fact.mapper';
import { RecordFactHandler } from './usecases/record-fact/record-fact.handler';

type CareerEvent = Parameters<typeof factFromEvent>[0];

/**
 * Career's facts that move a plan: the validated professional project (its milestone, a training
 * milestone when needed) and the person's applications (ten reach their milestone; each is activity).
 */
@Controller()
export class CareerEventsConsumer {
  constructor(
    private readonly recordFact: RecordFactHandler,
    private readonly clock: Clock,
  ) {}

  @OnEvent('ProjectValidated.v1')
  onProjectValidated(
    @Payload() event: EventOf<'ProjectValidated.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.record(event, context);
  }

  @OnEvent('ProjectChanged.v1')
  onProjectChanged(
    @Payload() event: EventOf<'ProjectChanged.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.record(event, context);
  }

  @OnEvent('ApplicationRecorded.v1')
  onApplicationRecorded(
    @Payload() event: EventOf<'ApplicationRecorded.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.record(event, context);
  }

  @OnEvent('ApplicationStatusChanged.v1')
  onApplicationStatusChanged(
    @Payload() event: EventOf<'ApplicationStatusChanged.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.record(event, context);
  }

  private record(event: CareerEvent, context: InboxContext): Promise<void> {
    return this.recordFact.execute(context.manager, {
      candidateId: event.payload.candidateId,
      fact: factFromEvent(event),
      now: this.clock.now(),
    });
  }
}
