import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { CandidateRepository } from '@passerelle/intake/data-access';

/**
 * Matching resolves former job titles (intake keeps the title as HR wrote it and resolves
 * nothing): its answer goes on the person, beside any code HR gave, which still comes first.
 */
@Controller()
export class FormerOccupationConsumer {
  constructor(private readonly candidates: CandidateRepository) {}

  @OnEvent('FormerOccupationResolved.v1')
  async onResolved(
    @Payload() event: EventOf<'FormerOccupationResolved.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, romeCode, how, resolvedAt } = event.payload;
    await this.candidates.recordResolvedOccupation(context.manager, candidateId, {
      romeCode,
      how,
      resolvedAt: new Date(resolvedAt),
    });
  }

  /** Matching no longer stands by its automatic code (the context changed): the person has none until its next answer. */
  @OnEvent('FormerOccupationWithdrawn.v1')
  async onWithdrawn(
    @Payload() event: EventOf<'FormerOccupationWithdrawn.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, withdrawnAt } = event.payload;
    await this.candidates.withdrawResolvedOccupation(context.manager, candidateId, new Date(withdrawnAt));
  }
}
