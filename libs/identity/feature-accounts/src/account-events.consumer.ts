import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { EraseAccountHandler } from './usecases/erase-account/erase-account.handler';
import { FollowCandidateHandler } from './usecases/follow-candidate/follow-candidate.handler';
import { OpenCandidateAccountHandler } from './usecases/open-candidate-account/open-candidate-account.handler';
import { OpenCoachAccountHandler } from './usecases/open-coach-account/open-coach-account.handler';

/**
 * What identity learns about people from other services: an enrolled person and a new coach get
 * an account and an invitation, a person's coach may re-send it, erasure removes the account.
 * Each handler is idempotent and runs in the inbox transaction.
 */
@Controller()
export class AccountEventsConsumer {
  constructor(
    private readonly openCandidate: OpenCandidateAccountHandler,
    private readonly openCoach: OpenCoachAccountHandler,
    private readonly follow: FollowCandidateHandler,
    private readonly erase: EraseAccountHandler,
    private readonly clock: Clock,
  ) {}

  @OnEvent('CandidateEnrolled.v1')
  async onEnrolled(
    @Payload() event: EventOf<'CandidateEnrolled.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, officeIds } = event.payload;
    await this.openCandidate.execute(context.manager, { candidateId, officeIds, now: this.clock.now() });
  }

  @OnEvent('CoachRegistered.v1')
  async onCoachRegistered(
    @Payload() event: EventOf<'CoachRegistered.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { coachId, officeIds } = event.payload;
    await this.openCoach.execute(context.manager, { coachId, officeIds, now: this.clock.now() });
  }

  @OnEvent('CoachAssigned.v1')
  async onCoachAssigned(
    @Payload() event: EventOf<'CoachAssigned.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, coachId, assignedAt } = event.payload;
    await this.follow.execute(context.manager, { candidateId, coachId, assignedAt: new Date(assignedAt) });
  }

  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.erase.execute(context.manager, { candidateId: event.payload.candidateId });
  }
}
