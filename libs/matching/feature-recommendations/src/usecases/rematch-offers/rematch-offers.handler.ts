import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateProfileRepository,
  OfferRematch,
  type RematchOffersCommand,
  ReferenceCatalogueCache,
  type JobOfferEntity,
  type OfferMatchEntity,
} from '@passerelle/matching/data-access';
import { rankPersonOffers, type JobOffer } from '@passerelle/matching/domain';
import { profileToDomain } from '../../profile.mapper';

export const OFFERS_PER_PERSON = 20;

export function toDomainOffer(row: JobOfferEntity): JobOffer {
  return {
    id: row.id,
    occupationCode: row.occupationCode,
    title: row.title,
    communeCode: row.communeCode,
    departmentCode: row.departmentCode,
    regionCode: '',
    contractType: row.contractType,
    skillCodes: row.skillCodes,
    publishedOn: row.publishedOn,
    expiresOn: row.expiresOn,
  };
}

/**
 * Ranks a person's live offers (rankPersonOffers: their project's targets and recommended occupations, their search area,
 * their feedback) and, when the list changed, stores it and announces OffersMatched in the caller's
 * transaction. A person held (paused, placed, exited) has none.
 */
@Injectable()
export class RematchOffersHandler implements OfferRematch {
  constructor(
    private readonly profiles: CandidateProfileRepository,
    private readonly reference: ReferenceCatalogueCache,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(manager: EntityManager, { candidateId, now }: RematchOffersCommand): Promise<boolean> {
    const profile = await this.profiles.findForUpdate(manager, candidateId);
    if (!profile) return false;
    if (profile.leadsHeld) return this.withdrawLeads(manager, candidateId, now);
    // One transaction is one connection: its queries run one after the other.
    const recommendations = await this.profiles.recommendations(manager, candidateId);
    const feedback = await this.profiles.feedback(manager, candidateId);
    const previous = await this.profiles.offerMatches(manager, candidateId);
    const snapshot = await this.reference.get(manager);
    const area = profile.searchDepartments.length > 0 ? profile.searchDepartments : null;
    const offers = await this.profiles.liveOffers(
      manager,
      [...new Set([...profile.projectTargetCodes, ...recommendations.map((r) => r.occupationCode)])],
      area,
      now.toISOString().slice(0, 10),
    );
    const ranked = rankPersonOffers(
      {
        candidateId,
        profile: profileToDomain(profile),
        recommendations,
        projectTargets: profile.projectTargetCodes,
        feedback,
        searchDepartments: profile.searchDepartments,
        offers: offers.map(toDomainOffer),
        previous,
      },
      snapshot,
      OFFERS_PER_PERSON,
    );
    if (!ranked) return false;
    const rows: OfferMatchEntity[] = ranked.map((offer) => ({ candidateId, ...offer, computedAt: now }));
    await this.profiles.replaceOfferMatches(manager, candidateId, rows);
    await this.outbox.emit(manager, 'OffersMatched.v1', candidateId, {
      candidateId,
      computedAt: now.toISOString(),
      offers: rows.map((row) => ({ offerId: row.offerId, rank: row.rank, score: row.score })),
    });
    return true;
  }

  /** A person paused, placed or exited gets no leads: the list empties, once, and says so. */
  private async withdrawLeads(manager: EntityManager, candidateId: string, now: Date): Promise<boolean> {
    if ((await this.profiles.offerMatches(manager, candidateId)).length === 0) return false;
    await this.profiles.replaceOfferMatches(manager, candidateId, []);
    await this.outbox.emit(manager, 'OffersMatched.v1', candidateId, {
      candidateId,
      computedAt: now.toISOString(),
      offers: [],
    });
    return true;
  }
}
