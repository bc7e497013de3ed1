import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CandidateProfileEntity, type FormerOccupationSource } from './candidate-profile.entity';
import { FormerOccupationConfirmationEntity } from './former-occupation-confirmation.entity';
import { JobOfferEntity } from './job-offer.entity';
import { OfferFeedbackEntity, OfferMatchEntity } from './offer-match.entity';
import { OccupationRecommendationEntity } from './occupation-recommendation.entity';

/** A profile whose former title is read again with its programme's new NAF code. */
export interface ProfileToReadAgain {
  candidateId: string;
  formerJobTitle: string;
  service: string | null;
  formerOccupationCode: string | null;
  formerOccupationSource: FormerOccupationSource | null;
}

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

  /**
   * A programme's employer NAF code changed (decision 0039): its people's profiles take the new
   * code in one statement; returns, by candidate id, those whose title is to be read again (a title
   * kept, an occupation neither given by HR nor confirmed by the coach).
   */
  async moveProgrammeNafCode(
    manager: EntityManager,
    programmeId: string,
    employerNafCode: string | null,
    now: Date,
  ): Promise<ProfileToReadAgain[]> {
    const [rows] = (await manager.query(
      `UPDATE candidate_profile SET employer_naf_code = $2, updated_at = $3
        WHERE programme_id = $1 AND employer_naf_code IS DISTINCT FROM $2
        RETURNING candidate_id, former_job_title, service, former_occupation_code, former_occupation_source`,
      [programmeId, employerNafCode, now],
    )) as [
      {
        candidate_id: string;
        former_job_title: string | null;
        service: string | null;
        former_occupation_code: string | null;
        former_occupation_source: FormerOccupationSource | null;
      }[],
      number,
    ];
    return rows
      .flatMap((row) =>
        row.former_job_title !== null &&
        row.former_occupation_source !== 'given' &&
        row.former_occupation_source !== 'confirmed'
          ? [{ ...row, former_job_title: row.former_job_title }]
          : [],
      )
      .map((row) => ({
        candidateId: row.candidate_id,
        formerJobTitle: row.former_job_title,
        service: row.service,
        formerOccupationCode: row.former_occupation_code,
        formerOccupationSource: row.former_occupation_source,
      }))
      .sort((a, b) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
  }

  /** Several people's former occupations and their source, in one statement. */
  async setFormerOccupations(
    manager: EntityManager,
    rows: readonly { candidateId: string; code: string | null; source: FormerOccupationSource | null }[],
    now: Date,
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `UPDATE candidate_profile p
          SET former_occupation_code = s.code, former_occupation_source = s.source, updated_at = $4
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS s(candidate_id, code, source)
        WHERE p.candidate_id = s.candidate_id`,
      [rows.map((r) => r.candidateId), rows.map((r) => r.code), rows.map((r) => r.source), now],
    );
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
