import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { jobOfferPublishedV1 } from '@passerelle/shared/contracts';
import type { Identity } from '@passerelle/shared/auth';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { JobOfferRepository } from '@passerelle/matching/data-access';
import { mayChangeOffer, offerOwnerOffices } from '@passerelle/matching/domain';
import { offerEditorOf } from '../../offer-editor';
import { OffersError, OffersErrorCode } from '../../offers.error';
import type { JobOfferPublication } from '../ingest-job-offer/ingest-job-offer.command';
import { IngestJobOfferHandler } from '../ingest-job-offer/ingest-job-offer.handler';
import type { PublishJobOfferCommand } from './publish-job-offer.command';

/**
 * Ops enter an offer: it is checked against the event's own schema (one rule for GraphQL, the CLI
 * and feeds), applied at once, and announced as JobOfferPublished in the same transaction. A new
 * offer belongs to the offices of the ops who entered it; changing an existing one needs its
 * owner's office, or ops of every office (mayChangeOffer).
 */
@Injectable()
export class PublishJobOfferHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ingest: IngestJobOfferHandler,
    private readonly offers: JobOfferRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, input: PublishJobOfferCommand): Promise<JobOfferPublication> {
    const parsed = jobOfferPublishedV1.schema.safeParse({
      offerId: input.id ?? randomUUID(),
      occupationCode: input.occupationCode,
      title: input.title.trim(),
      communeCode: input.communeCode,
      contractType: input.contractType.toLowerCase(),
      skillCodes: input.skillCodes,
      publishedOn: input.publishedOn,
      expiresOn: input.expiresOn ?? null,
      publishedAt: this.clock.now().toISOString(),
    });
    if (!parsed.success) {
      const where = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new OffersError(OffersErrorCode.InvalidInput, `the offer is not valid (${where.join('; ')})`);
    }
    const offer = parsed.data;
    const editor = offerEditorOf(identity);
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.offers.find(manager, offer.offerId);
      if (existing && !mayChangeOffer(editor, await this.offers.ownerOffices(manager, offer.offerId))) {
        throw new OffersError(
          OffersErrorCode.OutOfScope,
          `offer ${offer.offerId} belongs to another office: its office, or ops of every office, may change it`,
        );
      }
      await this.ingest.execute(manager, offer);
      const owner = offerOwnerOffices(editor);
      if (!existing && owner) {
        await this.offers.recordOwner(manager, {
          offerId: offer.offerId,
          officeIds: owner,
          publishedBy: identity.subject,
        });
      }
      await this.outbox.append(manager, [createEvent('JobOfferPublished.v1', offer.offerId, offer)]);
    });
    return offer;
  }
}
