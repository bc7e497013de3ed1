import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AssignmentQueueEntity } from '../entities/assignment-queue.entity';
import { CandidateProfileEntity } from '../entities/candidate-profile.entity';
import { CoachAssignmentEntity } from '../entities/coach-assignment.entity';
import { CoachEntity } from '../entities/coach.entity';
import { ProgrammeOfficesEntity } from '../entities/programme-offices.entity';
import type { AssignmentMode, CurrentAssignment } from '@passerelle/scheduling/domain';

export interface CoachWithLoad {
  coach: CoachEntity;
  activeCaseload: number;
}

/** What a batch's assignment reads of a person before deciding (`assignmentStatesOf`). */
export interface AssignmentState {
  /** Null before their first enrolment or diagnosis. */
  profile: CandidateProfileEntity | null;
  current: CurrentAssignment | null;
  /** False once placed or exited (`HOLDS_A_CASELOAD_PLACE`): they keep their coach, not the place. */
  holdsPlace: boolean;
}

/** Profiles and programme offices (projections), assignments and the ops queue. */
/**
 * An assignment takes a place in its coach's caseload while it lasts and its person is still
 * followed: someone placed or exited (intake's lifecycle, in the candidate scope) keeps their coach
 * on record but frees the place. Written against `coach_assignment` unaliased.
 */
export const HOLDS_A_CASELOAD_PLACE = `coach_assignment.ended_at IS NULL AND NOT EXISTS (
  SELECT 1 FROM candidate_scope scope WHERE scope.candidate_id = coach_assignment.candidate_id
    AND scope.status IN ('placed', 'exited'))`;

@Injectable()
export class AssignmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newer terms win; a replay or an older event leaves the row as it is. */
  async recordProgrammeOffices(manager: EntityManager, row: ProgrammeOfficesEntity): Promise<void> {
    await manager.query(
      `INSERT INTO programme_offices (programme_id, sponsor_id, office_ids, terms_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (programme_id) DO UPDATE SET sponsor_id = EXCLUDED.sponsor_id, office_ids = EXCLUDED.office_ids,
         terms_at = EXCLUDED.terms_at
       WHERE programme_offices.terms_at < EXCLUDED.terms_at`,
      [row.programmeId, row.sponsorId, row.officeIds, row.termsAt],
    );
  }

  findProgrammeOffices(
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeOfficesEntity | null> {
    return manager.getRepository(ProgrammeOfficesEntity).findOneBy({ programmeId });
  }

  /**
   * Sponsor and offices of a programme: from its terms, or, before they arrive, from an enrolment
   * (each CandidateEnrolled carries them too).
   */
  async programmeOwnership(programmeId: string): Promise<{ sponsorId: string; officeIds: string[] } | null> {
    const terms = await this.findProgrammeOffices(programmeId);
    if (terms) return { sponsorId: terms.sponsorId, officeIds: terms.officeIds };
    const [row]: { sponsor_id: string; office_ids: string[] }[] = await this.dataSource.query(
      `SELECT sponsor_id, office_ids FROM candidate_scope WHERE programme_id = $1 LIMIT 1`,
      [programmeId],
    );
    return row ? { sponsorId: row.sponsor_id, officeIds: row.office_ids } : null;
  }

  /** Enrolment: creates the profile, or refreshes the offices and languages it carries. */
  async recordEnrolment(
    manager: EntityManager,
    row: Pick<
      CandidateProfileEntity,
      'candidateId' | 'programmeId' | 'officeIds' | 'languages' | 'updatedAt'
    >,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO candidate_profile (candidate_id, programme_id, office_ids, languages, updated_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (candidate_id) DO UPDATE SET programme_id = EXCLUDED.programme_id,
         office_ids = EXCLUDED.office_ids, updated_at = GREATEST(candidate_profile.updated_at, EXCLUDED.updated_at)`,
      [row.candidateId, row.programmeId, row.officeIds, row.languages, row.updatedAt],
    );
  }

  /**
   * `recordEnrolment` for a batch, in one statement: one row per person, the state their
   * enrolments of the batch leave (the caller folds a person's several enrolments into one row:
   * the last one's programme and offices, the first one's languages, the latest time).
   */
  async recordEnrolments(
    manager: EntityManager,
    rows: readonly Pick<
      CandidateProfileEntity,
      'candidateId' | 'programmeId' | 'officeIds' | 'languages' | 'updatedAt'
    >[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO candidate_profile (candidate_id, programme_id, office_ids, languages, updated_at)
       SELECT r.candidate_id, r.programme_id, ARRAY(SELECT e.id::uuid FROM jsonb_array_elements_text(r.office_ids) WITH ORDINALITY AS e(id, n) ORDER BY e.n),
              ARRAY(SELECT e.code FROM jsonb_array_elements_text(r.languages) WITH ORDINALITY AS e(code, n) ORDER BY e.n), r.updated_at
         FROM unnest($1::uuid[], $2::uuid[], $3::jsonb[], $4::jsonb[], $5::timestamptz[])
              AS r(candidate_id, programme_id, office_ids, languages, updated_at)
       ON CONFLICT (candidate_id) DO UPDATE SET programme_id = EXCLUDED.programme_id,
         office_ids = EXCLUDED.office_ids, updated_at = GREATEST(candidate_profile.updated_at, EXCLUDED.updated_at)`,
      [
        rows.map((row) => row.candidateId),
        rows.map((row) => row.programmeId),
        rows.map((row) => JSON.stringify(row.officeIds)),
        rows.map((row) => JSON.stringify(row.languages)),
        rows.map((row) => row.updatedAt),
      ],
    );
  }

  /** The offices serving each of these programmes, for those whose terms are known. */
  async programmeOfficesOf(
    manager: EntityManager,
    programmeIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    if (programmeIds.length === 0) return new Map();
    const rows: { programme_id: string; office_ids: string[] }[] = await manager.query(
      `SELECT programme_id, office_ids FROM programme_offices WHERE programme_id = ANY($1::uuid[])`,
      [[...new Set(programmeIds)]],
    );
    return new Map(rows.map((row) => [row.programme_id, row.office_ids]));
  }

  /**
   * Each person's profile, current coach and whether they hold a place in that coach's caseload,
   * in one statement (`findProfile`, `currentAssignmentOf` and the scope's status for a batch).
   */
  async assignmentStatesOf(
    manager: EntityManager,
    candidateIds: readonly string[],
  ): Promise<Map<string, AssignmentState>> {
    if (candidateIds.length === 0) return new Map();
    const rows: {
      candidate_id: string;
      programme_id: string | null;
      office_ids: string[] | null;
      languages: string[] | null;
      track: CandidateProfileEntity['track'];
      mobility_radius_km: number | null;
      updated_at: Date | null;
      coach_id: string | null;
      mode: AssignmentMode | null;
      freed: boolean;
    }[] = await manager.query(
      `SELECT ids.id AS candidate_id, profile.programme_id, profile.office_ids, profile.languages, profile.track,
              profile.mobility_radius_km, profile.updated_at, assignment.coach_id, assignment.mode,
              coalesce(scope.status IN ('placed', 'exited'), false) AS freed
         FROM unnest($1::uuid[]) AS ids(id)
         LEFT JOIN candidate_profile profile ON profile.candidate_id = ids.id
         LEFT JOIN coach_assignment assignment ON assignment.candidate_id = ids.id AND assignment.ended_at IS NULL
         LEFT JOIN candidate_scope scope ON scope.candidate_id = ids.id`,
      [[...new Set(candidateIds)]],
    );
    return new Map(
      rows.map((row) => [
        row.candidate_id,
        {
          profile:
            row.programme_id === null || row.updated_at === null
              ? null
              : {
                  candidateId: row.candidate_id,
                  programmeId: row.programme_id,
                  officeIds: row.office_ids ?? [],
                  languages: row.languages ?? [],
                  track: row.track,
                  mobilityRadiusKm: row.mobility_radius_km,
                  updatedAt: row.updated_at,
                },
          current: row.coach_id && row.mode ? { coachId: row.coach_id, mode: row.mode } : null,
          holdsPlace: !row.freed,
        },
      ]),
    );
  }

  /**
   * A batch's new assignments and queue entries, one statement each: people with no current
   * assignment given one (each leaves the queue, as `assign` does), people no coach fits queued
   * (as `enqueue`: a person already waiting keeps their place, with the new reason). One row per
   * person in each list, and nobody in both.
   */
  async saveBatch(
    manager: EntityManager,
    batch: { assigned: readonly CoachAssignmentEntity[]; queued: readonly AssignmentQueueEntity[] },
  ): Promise<void> {
    const { assigned, queued } = batch;
    if (assigned.length > 0)
      await manager.query(
        `WITH inserted AS (
           INSERT INTO coach_assignment (id, candidate_id, programme_id, coach_id, office_id, mode, reason,
                                         explanation, assigned_by, assigned_at, ended_at)
           SELECT r.id, r.candidate_id, r.programme_id, r.coach_id, r.office_id, r.mode, NULL, r.explanation,
                  r.assigned_by, r.assigned_at, NULL
             FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::jsonb[],
                         $8::text[], $9::timestamptz[])
                  AS r(id, candidate_id, programme_id, coach_id, office_id, mode, explanation, assigned_by, assigned_at)
           RETURNING candidate_id)
         DELETE FROM assignment_queue WHERE candidate_id IN (SELECT candidate_id FROM inserted)`,
        [
          assigned.map((row) => row.id),
          assigned.map((row) => row.candidateId),
          assigned.map((row) => row.programmeId),
          assigned.map((row) => row.coachId),
          assigned.map((row) => row.officeId),
          assigned.map((row) => row.mode),
          assigned.map((row) => JSON.stringify(row.explanation)),
          assigned.map((row) => row.assignedBy),
          assigned.map((row) => row.assignedAt),
        ],
      );
    if (queued.length > 0)
      await manager.query(
        `INSERT INTO assignment_queue (candidate_id, programme_id, office_ids, reason_code, explanation, queued_at)
         SELECT r.candidate_id, r.programme_id, ARRAY(SELECT e.id::uuid FROM jsonb_array_elements_text(r.office_ids) WITH ORDINALITY AS e(id, n) ORDER BY e.n),
                r.reason_code, r.explanation, r.queued_at
           FROM unnest($1::uuid[], $2::uuid[], $3::jsonb[], $4::text[], $5::jsonb[], $6::timestamptz[])
                AS r(candidate_id, programme_id, office_ids, reason_code, explanation, queued_at)
         ON CONFLICT (candidate_id) DO UPDATE SET reason_code = EXCLUDED.reason_code,
           explanation = EXCLUDED.explanation, office_ids = EXCLUDED.office_ids`,
        [
          queued.map((row) => row.candidateId),
          queued.map((row) => row.programmeId),
          queued.map((row) => JSON.stringify(row.officeIds)),
          queued.map((row) => row.reasonCode),
          queued.map((row) => JSON.stringify(row.explanation)),
          queued.map((row) => row.queuedAt),
        ],
      );
  }

  /** Diagnosis: the track, languages and mobility; a newer diagnosis wins. */
  async recordDiagnosis(
    manager: EntityManager,
    row: Pick<
      CandidateProfileEntity,
      'candidateId' | 'programmeId' | 'languages' | 'track' | 'mobilityRadiusKm' | 'updatedAt'
    >,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO candidate_profile (candidate_id, programme_id, office_ids, languages, track, mobility_radius_km, updated_at)
       VALUES ($1, $2, '{}', $3, $4, $5, $6)
       ON CONFLICT (candidate_id) DO UPDATE SET languages = EXCLUDED.languages, track = EXCLUDED.track,
         mobility_radius_km = EXCLUDED.mobility_radius_km, updated_at = EXCLUDED.updated_at
       WHERE candidate_profile.track IS NULL OR candidate_profile.updated_at <= EXCLUDED.updated_at`,
      [row.candidateId, row.programmeId, row.languages, row.track, row.mobilityRadiusKm, row.updatedAt],
    );
  }

  findProfile(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CandidateProfileEntity | null> {
    return manager.getRepository(CandidateProfileEntity).findOneBy({ candidateId });
  }

  /**
   * The coaches of these offices with their active caseload, locked until the transaction ends so
   * two assignments running at once cannot both take a coach's last place.
   */
  async lockCoachesWithLoad(manager: EntityManager, officeIds: readonly string[]): Promise<CoachWithLoad[]> {
    const coaches = await manager
      .getRepository(CoachEntity)
      .createQueryBuilder('coach')
      .where('coach.office_ids && :officeIds::uuid[]', { officeIds })
      .orderBy('coach.id')
      .setLock('pessimistic_write')
      .getMany();
    if (coaches.length === 0) return [];
    const loads: { coach_id: string; active: string }[] = await manager.query(
      `SELECT coach_id, count(*) AS active FROM coach_assignment
       WHERE ${HOLDS_A_CASELOAD_PLACE} AND coach_id = ANY($1) GROUP BY coach_id`,
      [coaches.map((coach) => coach.id)],
    );
    const byCoach = new Map(loads.map((row) => [row.coach_id, Number(row.active)]));
    return coaches.map((coach) => ({ coach, activeCaseload: byCoach.get(coach.id) ?? 0 }));
  }

  currentAssignmentOf(
    candidateId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CoachAssignmentEntity | null> {
    return manager
      .getRepository(CoachAssignmentEntity)
      .createQueryBuilder('assignment')
      .where('assignment.candidate_id = :candidateId AND assignment.ended_at IS NULL', { candidateId })
      .getOne();
  }

  /** Ends the current assignment (if any) and records the new one. */
  async assign(manager: EntityManager, row: CoachAssignmentEntity): Promise<void> {
    await manager.query(
      `UPDATE coach_assignment SET ended_at = $2 WHERE candidate_id = $1 AND ended_at IS NULL`,
      [row.candidateId, row.assignedAt],
    );
    await manager.getRepository(CoachAssignmentEntity).insert(row);
    await manager.delete(AssignmentQueueEntity, { candidateId: row.candidateId });
  }

  async enqueue(manager: EntityManager, row: AssignmentQueueEntity): Promise<void> {
    await manager.query(
      `INSERT INTO assignment_queue (candidate_id, programme_id, office_ids, reason_code, explanation, queued_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (candidate_id) DO UPDATE SET reason_code = EXCLUDED.reason_code,
         explanation = EXCLUDED.explanation, office_ids = EXCLUDED.office_ids`,
      [
        row.candidateId,
        row.programmeId,
        row.officeIds,
        row.reasonCode,
        JSON.stringify(row.explanation),
        row.queuedAt,
      ],
    );
  }

  /** The people of a programme waiting in the queue, longest waiting first. */
  async queuedOf(manager: EntityManager, programmeId: string): Promise<string[]> {
    const rows: { candidate_id: string }[] = await manager.query(
      `SELECT candidate_id FROM assignment_queue WHERE programme_id = $1 ORDER BY queued_at`,
      [programmeId],
    );
    return rows.map((row) => row.candidate_id);
  }

  /**
   * The queue for ops (of their offices, or everything), longest waiting first: `limit` rows after
   * the (queued at, candidate id) of the previous page's last row.
   */
  listQueue(
    officeIds: readonly string[] | 'all',
    page: { after: { queuedAt: string; candidateId: string } | null; limit: number },
  ): Promise<AssignmentQueueEntity[]> {
    const query = this.dataSource
      .getRepository(AssignmentQueueEntity)
      .createQueryBuilder('entry')
      .where('TRUE')
      .orderBy('entry.queued_at')
      .addOrderBy('entry.candidate_id')
      .limit(page.limit);
    if (officeIds !== 'all') query.andWhere('entry.office_ids && :officeIds::uuid[]', { officeIds });
    if (page.after) {
      query.andWhere(
        '(entry.queued_at, entry.candidate_id) > (:queuedAt::timestamptz, :candidateId::uuid)',
        page.after,
      );
    }
    return query.getMany();
  }

  /** How many places of their caseload a coach's people take now. */
  async activeLoadOf(coachId: string): Promise<number> {
    const [row]: { load: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS load FROM coach_assignment WHERE coach_id = $1 AND ${HOLDS_A_CASELOAD_PLACE}`,
      [coachId],
    );
    return row?.load ?? 0;
  }

  /** The people a coach currently follows. */
  async caseloadOf(coachId: string): Promise<CoachAssignmentEntity[]> {
    return this.dataSource
      .getRepository(CoachAssignmentEntity)
      .createQueryBuilder('assignment')
      .where('assignment.coach_id = :coachId AND assignment.ended_at IS NULL', { coachId })
      .orderBy('assignment.assigned_at')
      .getMany();
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(CandidateProfileEntity, { candidateId });
    await manager.delete(CoachAssignmentEntity, { candidateId });
    await manager.delete(AssignmentQueueEntity, { candidateId });
  }
}
