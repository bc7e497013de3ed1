import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { CandidateScopeRepository } from './candidate-scope.repository';

/**
 * Records enrolments in the local access projection, one event at a time. A service whose own
 * enrolment handler is a batch one (`@OnEventBatch('CandidateEnrolled.v1')`, pathway) cannot have
 * this per-event one too: Nest calls every handler of a key with the same arguments. It imports
 * `CandidateScopeOwnEnrolmentsModule` and records them itself (`recordEnrolments`).
 */
@Controller()
export class CandidateScopeEnrolmentConsumer {
  constructor(private readonly scopes: CandidateScopeRepository) {}

  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(
    @Payload() event: EventOf<'CandidateEnrolled.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.scopes.recordEnrolment(context.manager, event);
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
