import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { ActivateCandidateHandler } from './usecases/activate-candidate/activate-candidate.handler';

/** What shows an invited person has started: their first session took place. Through the inbox. */
@Controller()
export class LifecycleEventsConsumer {
  constructor(private readonly activate: ActivateCandidateHandler) {}

  @OnEvent('SessionCompleted.v1')
  async onSessionCompleted(
    @Payload() event: EventOf<'SessionCompleted.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.activate.execute(context.manager, {
      candidateId: event.payload.candidateId,
      reason: 'first_session',
      at: new Date(event.payload.completedAt),
    });
  }
}
