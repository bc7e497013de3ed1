import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { RecordProgrammeTermsHandler } from './usecases/record-programme-terms/record-programme-terms.handler';

/** Intake's programme terms: the duration and session budget plans must fit into. */
@Controller()
export class ProgrammeEventsConsumer {
  constructor(
    private readonly recordTerms: RecordProgrammeTermsHandler,
    private readonly clock: Clock,
  ) {}

  @OnEvent('ProgrammeContracted.v1')
  onContracted(
    @Payload() event: EventOf<'ProgrammeContracted.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    return this.record(context, event.payload, event.payload.contractedAt);
  }

  @OnEvent('ProgrammeAmended.v1')
  onAmended(@Payload() event: EventOf<'ProgrammeAmended.v1'>, @Ctx() context: InboxContext): Promise<void> {
    return this.record(context, event.payload, event.payload.amendedAt);
  }

  private record(
    context: InboxContext,
    terms: EventOf<'ProgrammeContracted.v1'>['payload'] | EventOf<'ProgrammeAmended.v1'>['payload'],
    termsAt: string,
  ): Promise<void> {
    return this.recordTerms.execute(context.manager, {
      programmeId: terms.programmeId,
      sponsorId: terms.sponsorId,
      officeIds: terms.officeIds,
      startDate: terms.startDate,
      durationMonths: terms.durationMonths,
      sessionBudgetPerPerson: terms.sessionBudgetPerPerson,
      termsAt: new Date(termsAt),
      now: this.clock.now(),
    });
  }
}
