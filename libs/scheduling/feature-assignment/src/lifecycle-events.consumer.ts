import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { CapacityRepository } from '@passerelle/scheduling/data-access';
import { DrainQueueHandler } from './usecases/drain-queue/drain-queue.handler';

/**
 * A person placed or exited keeps their coach on record but frees their place in the coach's
 * caseload (`HOLDS_A_CASELOAD_PLACE` reads the status), so the queue drains into it at once.
 * A paused person keeps their place.
 */
@Controller()
export class AssignmentLifecycleConsumer {
  constructor(
    private readonly scopes: CandidateScopeRepository,
    private readonly capacity: CapacityRepository,
    private readonly drain: DrainQueueHandler,
  ) {}

  @OnEvent('CandidateStatusChanged.v1')
  async onStatusChanged(
    @Payload() event: EventOf<'CandidateStatusChanged.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, to } = event.payload;
    if (to !== 'placed' && to !== 'exited') return;
    // The scope's own consumer records the status too; recorded here first so the drain counts it.
    await this.scopes.recordStatus(context.manager, event);
    const coachId = await this.capacity.currentCoachOf(context.manager, candidateId);
    if (coachId) await this.drain.execute(context.manager, { coachId });
  }
}
