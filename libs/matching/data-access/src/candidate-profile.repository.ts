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

  /**
   * A batch's people (decision 0035): each profile created if absent, then all of them under a row
   * lock, in one statement each, locked in id order (two batches meeting on some people wait for
   * one another instead of deadlocking).
   */
  async updateMany(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<Map<string, CandidateProfileEntity>> {
    const ids = [...new Set(candidateIds)].sort();
    if (ids.length === 0) return new Map();
    await manager.query(
      `INSERT INTO "candidate_profile" ("candidate_id", "rated_skills", "search_departments", "updated_at")
       SELECT unnest($1::uuid[]), '[]', '{}', now() ON CONFLICT DO NOTHING`,
      [ids],
    );
    const profiles = await manager
      .getRepository(CandidateProfileEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.candidate_id = ANY(:ids)', { ids })
      .orderBy('p.candidate_id')
      .getMany();
    return new Map(profiles.map((profile) => [profile.candidateId, profile]));
  }

  /** Writes back what an enrolment or a correction changes on the batch's profiles, in one statement. */
  async saveDetails(
    manager: EntityManager,
    profiles: readonly CandidateProfileEntity[],
    at: Date,
  ): Promise<void> {
    if (profiles.length === 0) return;
    await manager.query(
      `UPDATE "candidate_profile" p
          SET "search_departments" = ARRAY(SELECT jsonb_array_elements_text(r."searchDepartments")),
              "employment_zone_code" = r."employmentZoneCode", "employer_naf_code" = r."employerNafCode",
              "service" = r."service", "former_occupation_code" = r."formerOccupationCode",
              "former_occupation_source" = r."formerOccupationSource", "programme_id" = r."programmeId",
              "former_job_title" = r."formerJobTitle", "updated_at" = $2
         FROM jsonb_to_recordset($1::jsonb) AS r("candidateId" uuid, "searchDepartments" jsonb,
              "employmentZoneCode" text, "employerNafCode" text, "service" text, "formerOccupationCode" text,
              "formerOccupationSource" text, "programmeId" uuid, "formerJobTitle" text)
        WHERE p."candidate_id" = r."candidateId"`,
      [
        JSON.stringify(
          profiles.map((p) => ({
            candidateId: p.candidateId,
            searchDepartments: p.searchDepartments,
            employmentZoneCode: p.employmentZoneCode,
            employerNafCode: p.employerNafCode,
            service: p.service,
            formerOccupationCode: p.formerOccupationCode,
            formerOccupationSource: p.formerOccupationSource,
            programmeId: p.programmeId,
            formerJobTitle: p.formerJobTitle,
          })),
        ),
        at,
      ],
    );
  }

  /** Which of these people have recommendations stored. */
  async withRecommendations(manager: EntityManager, candidateIds: readonly string[]): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows = (await manager.query(
      `SELECT DISTINCT "candidate_id" AS "candidateId" FROM "occupation_recommendation" WHERE "candidate_id" = ANY($1::uuid[])`,
      [[...candidateIds]],
    )) as { candidateId: string }[];
    return new Set(rows.map((row) => row.candidateId));
  }

  /** Replaces these people's recommendations with `rows` (theirs only): two statements for the batch. */
  async replaceRecommendationsOf(
    manager: EntityManager,
    candidateIds: readonly string[],
    rows: readonly OccupationRecommendationEntity[],
  ): Promise<void> {
    if (candidateIds.length === 0) return;
    await manager.query(`DELETE FROM "occupation_recommendation" WHERE "candidate_id" = ANY($1::uuid[])`, [
      [...candidateIds],
    ]);
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO "occupation_recommendation" ("id", "candidate_id", "occupation_code", "rank", "computed_at",
              "label", "score", "proximity", "explanation", "explanation_en", "level_step", "shared_skill_codes",
              "missing_skill_codes", "mobility_order", "components")
       SELECT r."id", r."candidateId", r."occupationCode", r."rank", r."computedAt", r."label", r."score",
              r."proximity", r."explanation", r."explanationEn", r."levelStep",
              ARRAY(SELECT jsonb_array_elements_text(r."sharedSkillCodes")),
              ARRAY(SELECT jsonb_array_elements_text(r."missingSkillCodes")), r."mobilityOrder", r."components"
         FROM jsonb_to_recordset($1::jsonb) AS r("id" uuid, "candidateId" uuid, "occupationCode" text, "rank" integer,
              "computedAt" timestamptz, "label" text, "score" double precision, "proximity" text, "explanation" text,
              "explanationEn" text, "levelStep" smallint, "sharedSkillCodes" jsonb, "missingSkillCodes" jsonb,
              "mobilityOrder" integer, "components" jsonb)`,
      [JSON.stringify(rows)],
    );
  }

  /** Replaces these people's offer matches with `rows` (theirs only): two statements for the batch. */
  async replaceOfferMatchesOf(
    manager: EntityManager,
    candidateIds: readonly string[],
    rows: readonly OfferMatchEntity[],
  ): Promise<void> {
    if (candidateIds.length === 0) return;
    await manager.query(`DELETE FROM "offer_match" WHERE "candidate_id" = ANY($1::uuid[])`, [
      [...candidateIds],
    ]);
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO "offer_match" ("candidate_id", "offer_id", "rank", "score", "explanation", "computed_at")
       SELECT r."candidateId", r."offerId", r."rank", r."score", r."explanation", r."computedAt"
         FROM jsonb_to_recordset($1::jsonb) AS r("candidateId" uuid, "offerId" uuid, "rank" integer,
              "score" double precision, "explanation" text, "computedAt" timestamptz)`,
      [JSON.stringify(rows)],
    );
  }

  /** These people's offer matches, each list best first. */
  async offerMatchesOf(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<Map<string, OfferMatchEntity[]>> {
    const rows = candidateIds.length
      ? await manager
          .getRepository(OfferMatchEntity)
          .createQueryBuilder('m')
          .where('m.candidate_id = ANY(:ids)', { ids: [...candidateIds] })
          .orderBy('m.candidate_id')
          .addOrderBy('m.rank')
          .getMany()
      : [];
    return groupBy(rows);
  }

  /** These people's feedback on offers. */
  async feedbackOf(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<Map<string, OfferFeedbackEntity[]>> {
    const rows = candidateIds.length
      ? await manager
          .getRepository(OfferFeedbackEntity)
          .createQueryBuilder('f')
          .where('f.candidate_id = ANY(:ids)', { ids: [...candidateIds] })
          .getMany()
      : [];
    return groupBy(rows);
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
   * Live offers for a batch of people: of some occupations anywhere, or of some (occupation,
   * department) pairs, in one statement (`liveOffers` for several people at once).
   */
  async liveOffersAmong(
    manager: EntityManager,
    anywhere: readonly string[],
    pairs: readonly (readonly [occupationCode: string, departmentCode: string])[],
    today: string,
  ): Promise<JobOfferEntity[]> {
    if (anywhere.length === 0 && pairs.length === 0) return [];
    return manager
      .getRepository(JobOfferEntity)
      .createQueryBuilder('o')
      .where(
        `(o.occupation_code = ANY(:anywhere) OR (o.occupation_code, o.department_code) IN
           (SELECT * FROM unnest(CAST(:occupations AS text[]), CAST(:departments AS text[]))))`,
        {
          anywhere: [...anywhere],
          occupations: pairs.map(([occupation]) => occupation),
          departments: pairs.map(([, department]) => department),
        },
      )
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

function groupBy<T extends { candidateId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.candidateId, [...(groups.get(row.candidateId) ?? []), row]);
  return groups;
}
