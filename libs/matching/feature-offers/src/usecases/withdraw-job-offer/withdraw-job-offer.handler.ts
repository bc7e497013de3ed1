import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  CandidateProfileRepository,
  JobOfferRepository,
  OfferRematch,
} from '@passerelle/matching/data-access';
import { mayChangeOffer } from '@passerelle/matching/domain';
import { offerEditorOf } from '../../offer-editor';
import { OffersError, OffersErrorCode } from '../../offers.error';

/** A withdrawn offer (by ops, or past its expiry date): only the people who listed it are re-ranked. */
@Injectable()
export class WithdrawJobOfferHandler {
  constructor(
    private readonly offers: JobOfferRepository,
    private readonly profiles: CandidateProfileRepository,
    private readonly rematch: OfferRematch,
    private readonly clock: Clock,
  ) {}

  /** Ops withdraw an offer: its owner's office, or ops of every office (mayChangeOffer). */
  async byEditor(manager: EntityManager, identity: Identity, offerId: string): Promise<string[]> {
    const editor = offerEditorOf(identity);
    if (
      (await this.offers.find(manager, offerId)) &&
      !mayChangeOffer(editor, await this.offers.ownerOffices(manager, offerId))
    ) {
      throw new OffersError(
        OffersErrorCode.OutOfScope,
        `offer ${offerId} belongs to another office: its office, or ops of every office, may withdraw it`,
      );
    }
    return this.execute(manager, offerId);
  }

  async execute(manager: EntityManager, offerId: string, now = this.clock.now()): Promise<string[]> {
    if (!(await this.offers.find(manager, offerId))) {
      throw new OffersError(OffersErrorCode.OfferNotFound, `offer ${offerId} does not exist`);
    }
    const listing = (await this.profiles.candidatesListing(manager, offerId)).sort();
    await this.offers.remove(manager, offerId);
    for (const candidateId of listing) await this.rematch.execute(manager, { candidateId, now });
    return listing;
  }
}
