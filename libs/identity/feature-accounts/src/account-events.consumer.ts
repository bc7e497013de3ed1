import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { AnyEvent, EventOf } from '@passerelle/shared/contracts';
import { InboxBatchContext, InboxContext, OnEvent, OnEventBatch } from '@passerelle/shared/messaging';
import { EraseAccountHandler } from './usecases/erase-account/erase-account.handler';
import { FollowCandidateHandler } from './usecases/follow-candidate/follow-candidate.handler';
import { OpenCandidateAccountsHandler } from './usecases/open-candidate-accounts/open-candidate-accounts.handler';
import { OpenCoachAccountHandler } from './usecases/open-coach-account/open-coach-account.handler';

/**
 * What identity learns about people from other services: an enrolled person and a new coach get
 * an account and an invitation, a person's coach may re-send it, erasure removes the account.
 * Each handler is idempotent and runs in the inbox transaction.
 */
@Controller()
export class AccountEventsConsumer {
  constructor(
    private readonly openCandidates: OpenCandidateAccountsHandler,
    private readonly openCoach: OpenCoachAccountHandler,
    private readonly follow: FollowCandidateHandler,
    private readonly erase: EraseAccountHandler,
    private readonly clock: Clock,
  ) {}

  /**
   * An HR file's people arrive by the thousand: a Kafka batch's enrolments open their accounts
   * together, with one call to intake for their contacts (decision 0048;
   * `OpenCandidateAccountsHandler`), with the result of `OpenCandidateAccountHandler` one by one.
   */
  @OnEventBatch('CandidateEnrolled.v1')
  async onEnrolled(@Payload() events: readonly AnyEvent[], @Ctx() context: InboxBatchContext): Promise<void> {
    const enrolled = events as readonly EventOf<'CandidateEnrolled.v1'>[];
    await this.openCandidates.execute(context.manager, {
      enrolments: enrolled.map(({ eventId, correlationId, payload: { candidateId, officeIds } }) => ({
        eventId,
        correlationId,
        candidateId,
        officeIds,
      })),
      now: this.clock.now(),
    });
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
