import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Clock } from '@passerelle/shared/clock';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { RecordProjectTargetsHandler } from './usecases/record-project-targets/record-project-targets.handler';

/** Career's validated professional project: its target occupations drive the person's leads. */
@Controller()
export class CareerEventsConsumer {
  constructor(
    private readonly projectTargets: RecordProjectTargetsHandler,
    private readonly clock: Clock,
  ) {}

  @OnEvent('ProjectValidated.v1')
  async onProjectValidated(
    @Payload() event: EventOf<'ProjectValidated.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.record(event, context);
  }

  /** A later version replaces the targets taken from the previous one. */
  @OnEvent('ProjectChanged.v1')
  async onProjectChanged(
    @Payload() event: EventOf<'ProjectChanged.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.record(event, context);
  }

  private async record(
    event: EventOf<'ProjectValidated.v1'> | EventOf<'ProjectChanged.v1'>,
    context: InboxContext,
  ): Promise<void> {
    const { candidateId, version, targetOccupationCodes } = event.payload;
    await this.projectTargets.execute(context.manager, {
      candidateId,
      version,
      targetOccupationCodes,
      now: this.clock.now(),
    });
  }
}
