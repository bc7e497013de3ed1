import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import type { EventOf } from '@passerelle/shared/contracts';
import {
  CandidateProfileRepository,
  JobOfferRepository,
  ReferenceCatalogueCache,
  ReferenceRepository,
  type JobOfferEntity,
} from '@passerelle/matching/data-access';
import { mayChangeOffer } from '@passerelle/matching/domain';
import { MatchingError, MatchingErrorCode } from './matching.error';
import { offerEditorOf } from './offer-editor';
import { RematchOffersHandler } from './rematch-offers.handler';

export type JobOfferPublication = EventOf<'JobOfferPublished.v1'>['payload'];

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
    private readonly rematch: RematchOffersHandler,
    private readonly clock: Clock,
  ) {}

  async execute(
    manager: EntityManager,
    offer: JobOfferPublication,
    now = this.clock.now(),
  ): Promise<string[]> {
    const snapshot = await this.catalogue.get(manager);
    if (!snapshot.catalogue.byCode.has(offer.occupationCode)) {
      throw new MatchingError(
        MatchingErrorCode.UnknownOccupation,
        `offer ${offer.offerId}: occupationCode ${offer.occupationCode} is not a ROME occupation of the imported release`,
      );
    }
    const commune = await this.reference.commune(offer.communeCode, manager);
    if (!commune) {
      throw new MatchingError(
        MatchingErrorCode.UnknownCommune,
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
    if (previous && sameOffer(previous, row)) return [];
    const today = now.toISOString().slice(0, 10);
    const listing = previous ? await this.profiles.candidatesListing(manager, offer.offerId) : [];
    let targeting: string[] = [];
    if (row.expiresOn !== null && row.expiresOn < today) {
      await this.offers.remove(manager, row.id);
    } else {
      await this.offers.save(manager, row);
      targeting = await this.profiles.candidatesTargeting(manager, row.occupationCode, row.departmentCode);
    }
    // Sorted: concurrent re-rankings lock people's profiles in one order, so they cannot deadlock.
    const affected = [...new Set([...listing, ...targeting])].sort();
    for (const candidateId of affected) await this.rematch.execute(manager, candidateId, now);
    return affected;
  }

  /** Ops withdraw an offer: its owner's office, or ops of every office (mayChangeOffer). */
  async withdrawAs(manager: EntityManager, identity: Identity, offerId: string): Promise<string[]> {
    const editor = offerEditorOf(identity);
    if (
      (await this.offers.find(manager, offerId)) &&
      !mayChangeOffer(editor, await this.offers.ownerOffices(manager, offerId))
    ) {
      throw new MatchingError(
        MatchingErrorCode.OutOfScope,
        `offer ${offerId} belongs to another office: its office, or ops of every office, may withdraw it`,
      );
    }
    return this.withdraw(manager, offerId);
  }

  /** A withdrawn offer: only the people who listed it are re-ranked. */
  async withdraw(manager: EntityManager, offerId: string, now = this.clock.now()): Promise<string[]> {
    if (!(await this.offers.find(manager, offerId))) {
      throw new MatchingError(MatchingErrorCode.OfferNotFound, `offer ${offerId} does not exist`);
    }
    const listing = (await this.profiles.candidatesListing(manager, offerId)).sort();
    await this.offers.remove(manager, offerId);
    for (const candidateId of listing) await this.rematch.execute(manager, candidateId, now);
    return listing;
  }
}

function sameOffer(a: JobOfferEntity, b: JobOfferEntity): boolean {
  return (
    a.occupationCode === b.occupationCode &&
    a.title === b.title &&
    a.communeCode === b.communeCode &&
    a.contractType === b.contractType &&
    a.publishedOn === b.publishedOn &&
    a.expiresOn === b.expiresOn &&
    a.skillCodes.join(',') === b.skillCodes.join(',')
  );
}
