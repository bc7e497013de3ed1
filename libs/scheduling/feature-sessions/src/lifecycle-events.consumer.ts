import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { ReleaseFutureSessionsHandler } from './usecases/release-future-sessions/release-future-sessions.handler';

/**
 * A person paused, placed or exited (intake's CandidateStatusChanged): their future sessions are
 * given up. Coming back books nothing by itself: the person and their coach book again.
 */
@Controller()
export class LifecycleEventsConsumer {
  constructor(private readonly release: ReleaseFutureSessionsHandler) {}

  @OnEvent('CandidateStatusChanged.v1')
  async onStatusChanged(
    @Payload() event: EventOf<'CandidateStatusChanged.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, to, changedAt } = event.payload;
    if (to !== 'paused' && to !== 'placed' && to !== 'exited') return;
    await this.release.execute(context.manager, { candidateId, status: to, after: new Date(changedAt) });
  }
}
