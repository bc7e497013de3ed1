import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { CaseloadRepository } from '@passerelle/intake/data-access';

/**
 * Scheduling assigns coaches; intake keeps who follows whom so that a coach can open their
 * caseload's records here. Through the inbox: applied once, the newest assignment wins.
 */
@Controller()
export class CoachAssignedConsumer {
  constructor(private readonly caseload: CaseloadRepository) {}

  @OnEvent('CoachAssigned.v1')
  async onCoachAssigned(
    @Payload() event: EventOf<'CoachAssigned.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { candidateId, coachId, officeId, assignedAt } = event.payload;
    await this.caseload.recordAssignment(context.manager, {
      candidateId,
      coachId,
      officeId,
      assignedAt: new Date(assignedAt),
    });
  }
}
