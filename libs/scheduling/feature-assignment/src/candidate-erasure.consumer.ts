import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import {
  AssignmentRepository,
  ReminderRepository,
  SessionRepository,
} from '@passerelle/scheduling/data-access';

/**
 * GDPR erasure: the service forgets the person (profile, assignments, queue entry, seats, holds,
 * reminders). Sessions stay as the coach's time, without the person in them.
 */
@Controller()
export class CandidateErasureConsumer {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly sessions: SessionRepository,
    private readonly reminders: ReminderRepository,
  ) {}

  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId } = event.payload;
    await this.reminders.eraseCandidate(context.manager, candidateId);
    await this.sessions.eraseCandidate(context.manager, candidateId);
    await this.assignments.eraseCandidate(context.manager, candidateId);
  }
}
