import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { EventOf } from '@passerelle/shared/contracts';
import { InboxContext, OnEvent } from '@passerelle/shared/messaging';
import { IngestJobOfferHandler } from './usecases/ingest-job-offer/ingest-job-offer.handler';

/** Offers from feeds and the CLI, as JobOfferPublished events. */
@Controller()
export class OfferEventsConsumer {
  constructor(private readonly ingestOffer: IngestJobOfferHandler) {}

  @OnEvent('JobOfferPublished.v1')
  async onOfferPublished(
    @Payload() event: EventOf<'JobOfferPublished.v1'>,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.ingestOffer.execute(context.manager, event.payload);
  }
}
