import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import type { EntityManager } from 'typeorm';
import {
  CandidateProfileRepository,
  JobOfferRepository,
  OfferRematch,
  ReferenceCatalogueCache,
  ReferenceRepository,
  type JobOfferEntity,
} from '@passerelle/matching/data-access';
import { hasExpired, sameOfferContent } from '@passerelle/matching/domain';
import { OffersError, OffersErrorCode } from '../../offers.error';
import type { JobOfferPublication } from './ingest-job-offer.command';

/**
 * A new or changed offer (from the ops' GraphQL, the CLI or an offer feed): stored, then only the
 * people it may concern are re-ranked (its occupation among their targets, its department in their
 * search area), plus those who listed its previous version. An offer already expired is removed.
 */
@Injectable()
export class IngestJobOfferHandler {
  constructor(
    private readonly offers: JobOfferRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly reference: ReferenceRepository,
    private readonly catalogue: ReferenceCatalogueCache,
    private readonly rematch: OfferRematch,
    private readonly clock: Clock,
  ) {}

  async execute(
    manager: EntityManager,
    offer: JobOfferPublication,
    now = this.clock.now(),
  ): Promise<string[]> {
    const snapshot = await this.catalogue.get(manager);
    if (!snapshot.catalogue.byCode.has(offer.occupationCode)) {
      throw new OffersError(
        OffersErrorCode.UnknownOccupation,
        `offer ${offer.offerId}: occupationCode ${offer.occupationCode} is not a ROME occupation of the imported release`,
      );
    }
    const commune = await this.reference.commune(offer.communeCode, manager);
    if (!commune) {
      throw new OffersError(
        OffersErrorCode.UnknownCommune,
        `offer ${offer.offerId}: communeCode ${offer.communeCode} is not an INSEE commune of the imported zones`,
      );
    }
    const row: JobOfferEntity = {
      id: offer.offerId,
      occupationCode: offer.occupationCode,
      title: offer.title,
      communeCode: offer.communeCode,
      departmentCode: commune.departmentCode,
      contractType: offer.contractType,
      skillCodes: [...offer.skillCodes],
      publishedOn: offer.publishedOn,
      expiresOn: offer.expiresOn,
      receivedAt: now,
    };
    const previous = await this.offers.find(manager, offer.offerId);
    if (previous && sameOfferContent(previous, row)) return [];
    const today = now.toISOString().slice(0, 10);
    const listing = previous ? await this.profiles.candidatesListing(manager, offer.offerId) : [];
    let targeting: string[] = [];
    if (hasExpired(row.expiresOn, today)) {
      await this.offers.remove(manager, row.id);
    } else {
      await this.offers.save(manager, row);
      targeting = await this.profiles.candidatesTargeting(manager, row.occupationCode, row.departmentCode);
    }
    // Sorted: concurrent re-rankings lock people's profiles in one order, so they cannot deadlock.
    const affected = [...new Set([...listing, ...targeting])].sort();
    for (const candidateId of affected) await this.rematch.execute(manager, { candidateId, now });
    return affected;
  }
}
