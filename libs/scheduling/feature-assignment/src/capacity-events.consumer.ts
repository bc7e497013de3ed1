import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { DrainQueueHandler } from './usecases/drain-queue/drain-queue.handler';

/**
 * A new coach drains the queue: the people waiting whom they may follow get a coach, in the inbox
 * transaction of the coach's own `CoachRegistered` (so the directory, which writes the coach, needs
 * no change, and a replay finds the queue already drained).
 */
@Controller()
export class CapacityEventsConsumer {
  constructor(private readonly drain: DrainQueueHandler) {}

  @OnEvent('CoachRegistered.v1')
  async onCoachRegistered(
    @Payload() event: EventOf<'CoachRegistered.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.drain.execute(context.manager, { coachId: event.payload.coachId });
  }
}
