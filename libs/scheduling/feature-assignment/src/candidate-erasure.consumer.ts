import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import {
  AssignmentRepository,
  CapacityRepository,
  ReminderRepository,
  SessionRepository,
} from '@passerelle/scheduling/data-access';
import { DrainQueueHandler } from './usecases/drain-queue/drain-queue.handler';

/**
 * GDPR erasure: the service forgets the person (profile, assignments, queue entry, seats, holds,
 * reminders). Sessions stay as the coach's time, without the person in them. Their coach's freed
 * place drains the queue.
 */
@Controller()
export class CandidateErasureConsumer {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly sessions: SessionRepository,
    private readonly reminders: ReminderRepository,
    private readonly capacity: CapacityRepository,
    private readonly drain: DrainQueueHandler,
  ) {}

  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId } = event.payload;
    const coachId = await this.capacity.currentCoachOf(context.manager, candidateId);
    await this.reminders.eraseCandidate(context.manager, candidateId);
    await this.sessions.eraseCandidate(context.manager, candidateId);
    await this.assignments.eraseCandidate(context.manager, candidateId);
    if (coachId) await this.drain.execute(context.manager, { coachId });
  }
}
