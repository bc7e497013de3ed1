import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import { InboxBatchContext, InboxContext, OnEvent, OnEventBatch } from '@passerelle/shared/messaging';
import { CandidateScopeRepository } from './candidate-scope.repository';

/**
 * Records enrolments in the local access projection, a Kafka batch's in one statement: an HR
 * file's people arrive by the thousand, and the notifier and career read them with nothing else
 * to do. A service whose own enrolment handler needs the rows in its own order (pathway) imports
 * `CandidateScopeOwnEnrolmentsModule` and records them itself (`recordEnrolments`).
 */
@Controller()
export class CandidateScopeEnrolmentConsumer {
  constructor(private readonly scopes: CandidateScopeRepository) {}

  @OnEventBatch('CandidateEnrolled.v1')
  async onEnrolled(@Payload() events: readonly AnyEvent[], @Ctx() context: InboxBatchContext): Promise<void> {
    await this.scopes.recordEnrolments(context.manager, events as readonly EventOf<'CandidateEnrolled.v1'>[]);
  }
}

/** Keeps the local access projections in step with intake's and scheduling's events. */
@Controller()
export class CandidateScopeConsumer {
  constructor(private readonly scopes: CandidateScopeRepository) {}

  @OnEvent('CoachAssigned.v1')
  async onCoachAssigned(
    @Payload() event: EventOf<'CoachAssigned.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.scopes.recordCoachAssignment(context.manager, event);
  }

  @OnEvent('CandidateStatusChanged.v1')
  async onStatusChanged(
    @Payload() event: EventOf<'CandidateStatusChanged.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.scopes.recordStatus(context.manager, event);
  }

  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.scopes.erase(context.manager, event.payload.candidateId);
  }
}
