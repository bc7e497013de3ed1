import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { ReResolveFormerOccupationsHandler } from './usecases/re-resolve-former-occupations/re-resolve-former-occupations.handler';

/**
 * Intake's programme events: an amendment that changes the employer's NAF code reads again the
 * former titles of the programme's people that came from the title (decision 0039).
 */
@Controller()
export class ProgrammeEventsConsumer {
  constructor(
    private readonly reResolve: ReResolveFormerOccupationsHandler,
    private readonly clock: Clock,
  ) {}

  @OnEvent('ProgrammeAmended.v1')
  async onAmended(
    @Payload() event: EventOf<'ProgrammeAmended.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { programmeId, employerNafCode, amendedAt } = event.payload;
    // An amendment from before the field existed says nothing about the code.
    if (employerNafCode === undefined) return;
    await this.reResolve.execute(context.manager, {
      programmeId,
      employerNafCode,
      amendedAt: new Date(amendedAt),
      now: this.clock.now(),
    });
  }
}
