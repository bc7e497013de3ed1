import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { CoachingSessionRepository } from '@passerelle/scheduling/data-access';

/** GDPR erasure: the scheduling service forgets the person's rows. */
@Controller()
export class CandidateErasureConsumer {
  constructor(private readonly rows: CoachingSessionRepository) {}

  @OnEvent('CandidateErased.v1')
  onErased(@Payload() event: EventOf<'CandidateErased.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.rows.eraseCandidate(context.manager, event.payload.candidateId);
  }
}
