import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { ActivateCandidateHandler } from './usecases/activate-candidate/activate-candidate.handler';

/** What shows an invited person has started: their first sign-in, or first session. Through the inbox. */
@Controller()
export class LifecycleEventsConsumer {
  constructor(private readonly activate: ActivateCandidateHandler) {}

  @OnEvent('AccountActivated.v1')
  async onAccountActivated(
    @Payload() event: EventOf<'AccountActivated.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, activatedAt } = event.payload;
    if (candidateId === null) return;
    await this.activate.execute(context.manager, {
      candidateId,
      reason: 'first_sign_in',
      at: new Date(activatedAt),
    });
  }

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
