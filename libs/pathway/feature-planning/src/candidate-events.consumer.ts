import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { PathwayRepository } from '@passerelle/pathway/data-access';
import { DraftPathwayHandler } from './draft-pathway.handler';

@Controller()
export class CandidateEventsConsumer {
  constructor(
    private readonly draftPathway: DraftPathwayHandler,
    private readonly pathways: PathwayRepository,
  ) {}

  @OnEvent('CandidateEnrolled.v1')
  onEnrolled(@Payload() event: EventOf<'CandidateEnrolled.v1'>, @Ctx() context: InboxContext): Promise<void> {
    const { candidateId, programmeId } = event.payload;
    return this.draftPathway.execute(context.manager, { candidateId, programmeId });
  }

  @OnEvent('CandidateErased.v1')
  onErased(@Payload() event: EventOf<'CandidateErased.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.pathways.eraseCandidate(context.manager, event.payload.candidateId);
  }
}
