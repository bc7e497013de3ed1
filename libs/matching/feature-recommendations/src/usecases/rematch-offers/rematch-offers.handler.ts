import { Injectable } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import type { EntityManager } from 'typeorm';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import {
  CandidateProfileRepository,
  OfferRematch,
  ReferenceCatalogueCache,
  type JobOfferEntity,
  type OfferMatchEntity,
} from '@passerelle/matching/data-access';
import {
  explainOfferMatch,
  OfferMatchingEngine,
  personSkills,
  type JobOffer,
} from '@passerelle/matching/domain';
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
 * Ranks a person's live offers (their recommended occupations, their search area, their feedback)
 * and, when the list changed, stores it and announces OffersMatched in the caller's transaction.
 */
@Injectable()
export class RematchOffersHandler implements OfferRematch {
  constructor(
    private readonly profiles: CandidateProfileRepository,
    private readonly reference: ReferenceCatalogueCache,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, candidateId: string, now = this.clock.now()): Promise<boolean> {
    const profile = await this.profiles.findForUpdate(manager, candidateId);
    if (!profile) return false;
    // One transaction is one connection: its queries run one after the other.
    const recommendations = await this.profiles.recommendations(manager, candidateId);
    const feedback = await this.profiles.feedback(manager, candidateId);
    const previous = await this.profiles.offerMatches(manager, candidateId);
    const snapshot = await this.reference.get(manager);
    const area = profile.searchDepartments.length > 0 ? profile.searchDepartments : null;
    const offers = await this.profiles.liveOffers(
      manager,
      recommendations.map((r) => r.occupationCode),
      area,
      now.toISOString().slice(0, 10),
    );
    const engine = new OfferMatchingEngine(snapshot.skills, OFFERS_PER_PERSON);
    engine.loadOffers(offers.map(toDomainOffer));
    const have = personSkills(profileToDomain(profile), snapshot.catalogue);
    const interested = new Set(feedback.filter((f) => f.verdict === 'interested').map((f) => f.offerId));
    const matches = engine.upsertSeeker({
      candidateId,
      skillCodes: have,
      targets: recommendations.map((r) => ({ occupationCode: r.occupationCode, score: r.score })),
      reach: area ? { kind: 'departments', departments: new Set(area) } : { kind: 'national' },
      notRelevant: new Set(feedback.filter((f) => f.verdict === 'not_relevant').map((f) => f.offerId)),
      interested,
    });
    const unchanged =
      previous.length === matches.length &&
      previous.every((row, i) => row.offerId === matches[i].offerId && row.score === matches[i].score);
    if (unchanged) return false;

    const byOccupation = new Map(recommendations.map((r) => [r.occupationCode, r]));
    const rows: OfferMatchEntity[] = matches.map((match, index) => {
      const offer = engine.offer(match.offerId);
      if (!offer) throw new Error(`offer ${match.offerId} vanished while ranking`);
      const recommendation = byOccupation.get(offer.occupationCode);
      const shared = offer.skillCodes.filter((code) => have.has(code));
      const missing = offer.skillCodes.filter((code) => !have.has(code));
      return {
        candidateId,
        offerId: match.offerId,
        rank: index + 1,
        score: match.score,
        computedAt: now,
        explanation: explainOfferMatch({
          title: offer.title,
          contractType: offer.contractType,
          departmentCode: offer.departmentCode,
          occupationLabel: snapshot.catalogue.byCode.get(offer.occupationCode)?.label ?? offer.occupationCode,
          recommendationRank: recommendation?.rank ?? null,
          proximity: recommendation?.proximity ?? null,
          sharedSkillLabels: snapshot.skills.byWeight(shared).map((c) => snapshot.catalogue.skillLabel(c)),
          missingSkillLabels: snapshot.skills.byWeight(missing).map((c) => snapshot.catalogue.skillLabel(c)),
          interested: interested.has(match.offerId),
        }),
      };
    });
    await this.profiles.replaceOfferMatches(manager, candidateId, rows);
    await this.outbox.append(manager, [
      createEvent('OffersMatched.v1', candidateId, {
        candidateId,
        computedAt: now.toISOString(),
        offers: rows.map((row) => ({ offerId: row.offerId, rank: row.rank, score: row.score })),
      }),
    ]);
    return true;
  }
}
