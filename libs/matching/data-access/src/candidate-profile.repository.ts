import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { FormerOccupationConfirmationEntity } from './former-occupation-confirmation.entity';
import { JobOfferEntity } from './job-offer.entity';
import { OfferFeedbackEntity, OfferMatchEntity } from './offer-match.entity';
import { OccupationRecommendationEntity } from './occupation-recommendation.entity';

/** A person's matching profile and everything computed from it. Every write runs in the caller's transaction. */
@Injectable()
export class CandidateProfileRepository {
  async find(manager: EntityManager, candidateId: string): Promise<CandidateProfileEntity | null> {
    return manager.findOneBy(CandidateProfileEntity, { candidateId });
  }

  /**
   * The profile under a row lock, for whoever rewrites what is computed from it: an offer's
   * re-ranking and an erasure of the same person then run one after the other, never interleaved
   * (interleaved, a re-ranking could write matches back after the erasure, or two re-rankings
   * insert the same match twice).
   */
  async findForUpdate(manager: EntityManager, candidateId: string): Promise<CandidateProfileEntity | null> {
    return manager
      .getRepository(CandidateProfileEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.candidate_id = :candidateId', { candidateId })
      .getOne();
  }

  /** Creates the profile if absent, then applies `change` under a row lock (events may race). */
  async update(
    manager: EntityManager,
    candidateId: string,
    change: (profile: CandidateProfileEntity) => void,
  ): Promise<CandidateProfileEntity> {
    await manager.query(
      `INSERT INTO "candidate_profile" ("candidate_id", "rated_skills", "search_departments", "updated_at")
       VALUES ($1, '[]', '{}', now()) ON CONFLICT DO NOTHING`,
      [candidateId],
    );
    const profile = await manager
      .getRepository(CandidateProfileEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.candidate_id = :candidateId', { candidateId })
      .getOneOrFail();
    change(profile);
    profile.updatedAt = new Date();
    return manager.save(CandidateProfileEntity, profile);
  }

  async replaceRecommendations(
    manager: EntityManager,
    candidateId: string,
    rows: OccupationRecommendationEntity[],
  ): Promise<void> {
    await manager.delete(OccupationRecommendationEntity, { candidateId });
    if (rows.length > 0) await manager.insert(OccupationRecommendationEntity, rows);
  }

  async replaceOfferMatches(
    manager: EntityManager,
    candidateId: string,
    rows: OfferMatchEntity[],
  ): Promise<void> {
    await manager.delete(OfferMatchEntity, { candidateId });
    if (rows.length > 0) await manager.insert(OfferMatchEntity, rows);
  }

  async recommendations(
    manager: EntityManager,
    candidateId: string,
  ): Promise<OccupationRecommendationEntity[]> {
    return manager.find(OccupationRecommendationEntity, { where: { candidateId }, order: { rank: 'ASC' } });
  }

  async offerMatches(manager: EntityManager, candidateId: string): Promise<OfferMatchEntity[]> {
    return manager.find(OfferMatchEntity, { where: { candidateId }, order: { rank: 'ASC' } });
  }

  async feedback(manager: EntityManager, candidateId: string): Promise<OfferFeedbackEntity[]> {
    return manager.findBy(OfferFeedbackEntity, { candidateId });
  }

  async saveFeedback(manager: EntityManager, feedback: OfferFeedbackEntity): Promise<void> {
    await manager.upsert(OfferFeedbackEntity, feedback, ['candidateId', 'offerId']);
  }

  /** Live offers for some occupations, in some departments (null = anywhere). */
  async liveOffers(
    manager: EntityManager,
    occupationCodes: readonly string[],
    departmentCodes: readonly string[] | null,
    today: string,
  ): Promise<JobOfferEntity[]> {
    if (occupationCodes.length === 0) return [];
    return manager
      .getRepository(JobOfferEntity)
      .createQueryBuilder('o')
      .where('o.occupation_code = ANY(:occupationCodes)', { occupationCodes })
      .andWhere(departmentCodes ? 'o.department_code = ANY(:departmentCodes)' : 'true', { departmentCodes })
      .andWhere('(o.expires_on IS NULL OR o.expires_on >= :today)', { today })
      .getMany();
  }

  /**
   * People a new offer may concern: it is among their target occupations (suggested, or named by
   * their professional project), in their search area.
   */
  async candidatesTargeting(
    manager: EntityManager,
    occupationCode: string,
    departmentCode: string,
  ): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT r."candidate_id" AS "candidateId"
       FROM "occupation_recommendation" r JOIN "candidate_profile" p ON p."candidate_id" = r."candidate_id"
       WHERE r."occupation_code" = $1 AND (cardinality(p."search_departments") = 0 OR $2 = ANY(p."search_departments"))
       UNION
       SELECT p."candidate_id" FROM "candidate_profile" p
       WHERE p."project_target_codes" @> ARRAY[$1]::text[]
         AND (cardinality(p."search_departments") = 0 OR $2 = ANY(p."search_departments"))`,
      [occupationCode, departmentCode],
    )) as { candidateId: string }[];
    return rows.map((row) => row.candidateId);
  }

  /** People whose list holds an offer (to re-rank when it expires or is withdrawn). */
  async candidatesListing(manager: EntityManager, offerId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT "candidate_id" AS "candidateId" FROM "offer_match" WHERE "offer_id" = $1`,
      [offerId],
    )) as { candidateId: string }[];
    return rows.map((row) => row.candidateId);
  }

  /** GDPR erasure: the profile and everything computed from it. */
  async erase(manager: EntityManager, candidateId: string): Promise<void> {
    await this.findForUpdate(manager, candidateId);
    await manager.delete(OfferFeedbackEntity, { candidateId });
    await manager.delete(OfferMatchEntity, { candidateId });
    await manager.delete(OccupationRecommendationEntity, { candidateId });
    await manager.delete(FormerOccupationConfirmationEntity, { candidateId });
    await manager.delete(CandidateProfileEntity, { candidateId });
  }
}
