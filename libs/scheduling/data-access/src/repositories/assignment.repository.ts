import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AssignmentQueueEntity } from '../entities/assignment-queue.entity';
import { CandidateProfileEntity } from '../entities/candidate-profile.entity';
import { CoachAssignmentEntity } from '../entities/coach-assignment.entity';
import { CoachEntity } from '../entities/coach.entity';
import { ProgrammeOfficesEntity } from '../entities/programme-offices.entity';

export interface CoachWithLoad {
  coach: CoachEntity;
  activeCaseload: number;
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
