import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { EraseAccountHandler } from './usecases/erase-account/erase-account.handler';

/** What identity learns about people from other services; each handler is idempotent. */
@Controller()
export class AccountEventsConsumer {
  constructor(private readonly erase: EraseAccountHandler) {}

  @OnEvent('CandidateErased.v1')
  async onErased(
    @Payload() event: EventOf<'CandidateErased.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.erase.execute(context.manager, { candidateId: event.payload.candidateId });
  }
}
