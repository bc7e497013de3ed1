import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { CandidateScopeRepository } from './candidate-scope.repository';

/** Keeps the local candidate_scope projection in step with intake's events. */
@Controller()
export class CandidateScopeConsumer {
  constructor(private readonly scopes: CandidateScopeRepository) {}

  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(
    @Payload() event: EventOf<'CandidateEnrolled.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.scopes.recordEnrolment(context.manager, event);
  }

  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.scopes.erase(context.manager, event.payload.candidateId);
  }
}
