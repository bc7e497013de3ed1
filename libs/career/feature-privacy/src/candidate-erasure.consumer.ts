import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { CAREER_PERSONAL_DATA_PARTS } from '@passerelle/career/data-access';

/**
 * GDPR erasure: career forgets the person, every area's rows (`CAREER_PERSONAL_DATA_PARTS`), in the
 * inbox transaction of CandidateErased (a redelivery finds nothing left to delete). The candidate
 * scope's own consumer forgets who they were.
 */
@Controller()
export class CandidateErasureConsumer {
  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    for (const part of CAREER_PERSONAL_DATA_PARTS)
      await part.erase(context.manager, event.payload.candidateId);
  }
}
