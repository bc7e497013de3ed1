import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { jobOfferPublishedV1 } from '@passerelle/shared/contracts';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { IngestJobOfferHandler, type JobOfferPublication } from './ingest-job-offer.handler';
import { MatchingError, MatchingErrorCode } from './matching.error';

export interface PublishJobOfferInput {
  id?: string | null;
  occupationCode: string;
  title: string;
  communeCode: string;
  contractType: string;
  skillCodes: string[];
  publishedOn: string;
  expiresOn?: string | null;
}

/**
 * Ops enter an offer: it is checked against the event's own schema (one rule for GraphQL, the CLI
 * and feeds), applied at once, and announced as JobOfferPublished in the same transaction.
 */
@Injectable()
export class PublishJobOfferHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ingest: IngestJobOfferHandler,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(input: PublishJobOfferInput): Promise<JobOfferPublication> {
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
      throw new MatchingError(MatchingErrorCode.InvalidInput, `the offer is not valid (${where.join('; ')})`);
    }
    const offer = parsed.data;
    await this.dataSource.transaction(async (manager) => {
      await this.ingest.execute(manager, offer);
      await this.outbox.append(manager, [createEvent('JobOfferPublished.v1', offer.offerId, offer)]);
    });
    return offer;
  }
}
