import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CandidateScope } from '@passerelle/shared/auth';
import type { CandidateStatus, EventOf } from '@passerelle/shared/contracts';
import { CandidateCoachEntity } from './candidate-coach.entity';
import { CandidateScopeEntity } from './candidate-scope.entity';

/** A person's access scope, with the programme they belong to. */
export interface ProgrammeCandidateScope extends CandidateScope {
  programmeId: string;
  status: CandidateStatus;
}

@Injectable()
export class CandidateScopeRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(candidateId: string): Promise<ProgrammeCandidateScope | null> {
    const [row, coach] = await Promise.all([
      this.dataSource.getRepository(CandidateScopeEntity).findOneBy({ candidateId }),
      this.dataSource.getRepository(CandidateCoachEntity).findOneBy({ candidateId }),
    ]);
    return (
      row && {
        candidateId: row.candidateId,
        programmeId: row.programmeId,
        officeIds: row.officeIds,
        coachId: coach?.coachId ?? null,
        status: row.status,
      }
    );
  }

  /** Idempotent: a replayed or re-sent enrolment leaves the projection as it is. */
  async recordEnrolment(manager: EntityManager, event: EventOf<'CandidateEnrolled.v1'>): Promise<void> {
    const { candidateId, programmeId, sponsorId, officeIds, enrolledAt } = event.payload;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CandidateScopeEntity)
      .values({ candidateId, programmeId, sponsorId, officeIds, enrolledAt: new Date(enrolledAt) })
      .orIgnore()
      .execute();
  }

  /** `recordEnrolment` for a batch's enrolments, in one statement (the first of a person's wins, as one by one). */
  async recordEnrolments(
    manager: EntityManager,
    events: readonly EventOf<'CandidateEnrolled.v1'>[],
  ): Promise<void> {
    if (events.length === 0) return;
    const first = new Map<string, EventOf<'CandidateEnrolled.v1'>['payload']>();
    for (const { payload } of events)
      if (!first.has(payload.candidateId)) first.set(payload.candidateId, payload);
    // Columns as arrays (office ids as JSON): TypeORM's insert builder is slow with many rows.
    const rows = [...first.values()];
    await manager.query(
      `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at)
       SELECT r.candidate_id, r.programme_id, r.sponsor_id,
              ARRAY(SELECT e.id::uuid FROM jsonb_array_elements_text(r.office_ids) WITH ORDINALITY AS e(id, n)
                     ORDER BY e.n), r.enrolled_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::jsonb[], $5::timestamptz[])
              AS r(candidate_id, programme_id, sponsor_id, office_ids, enrolled_at)
       ON CONFLICT DO NOTHING`,
      [
        rows.map((row) => row.candidateId),
        rows.map((row) => row.programmeId),
        rows.map((row) => row.sponsorId),
        rows.map((row) => JSON.stringify(row.officeIds)),
        rows.map((row) => row.enrolledAt),
      ],
    );
  }

  /**
   * Idempotent and order-proof: a person's CoachAssigned events share a key, so they arrive in
   * order, and a replay of an older one never overwrites a newer assignment.
   */
  async recordCoachAssignment(manager: EntityManager, event: EventOf<'CoachAssigned.v1'>): Promise<void> {
    const { candidateId, coachId, assignedAt } = event.payload;
    await manager.query(
      `INSERT INTO candidate_coach (candidate_id, coach_id, assigned_at) VALUES ($1, $2, $3)
       ON CONFLICT (candidate_id) DO UPDATE SET coach_id = EXCLUDED.coach_id, assigned_at = EXCLUDED.assigned_at
       WHERE candidate_coach.assigned_at < EXCLUDED.assigned_at`,
      [candidateId, coachId, new Date(assignedAt)],
    );
  }

  /** `recordCoachAssignment` for a batch's assignments, in one statement (at most one per person). */
  async recordCoachAssignments(
    manager: EntityManager,
    events: readonly EventOf<'CoachAssigned.v1'>[],
  ): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO candidate_coach (candidate_id, coach_id, assigned_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[])
       ON CONFLICT (candidate_id) DO UPDATE SET coach_id = EXCLUDED.coach_id, assigned_at = EXCLUDED.assigned_at
       WHERE candidate_coach.assigned_at < EXCLUDED.assigned_at`,
      [
        events.map((event) => event.payload.candidateId),
        events.map((event) => event.payload.coachId),
        events.map((event) => new Date(event.payload.assignedAt)),
      ],
    );
  }

  /**
   * The status intake decided, latest `changedAt` winning: a replayed or late change never undoes
   * a newer one. Returns whether it applied.
   */
  async recordStatus(manager: EntityManager, event: EventOf<'CandidateStatusChanged.v1'>): Promise<boolean> {
    const { candidateId, to, changedAt } = event.payload;
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE candidate_scope SET status = $2, status_changed_at = $3
       WHERE candidate_id = $1 AND (status_changed_at IS NULL OR status_changed_at < $3)`,
      [candidateId, to, new Date(changedAt)],
    );
    return affected > 0;
  }

  /** The people a coach follows, for caseload queries. */
  async caseloadOf(coachId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(CandidateCoachEntity).findBy({ coachId });
    return rows.map((row) => row.candidateId);
  }

  async erase(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(CandidateScopeEntity, { candidateId });
    await manager.delete(CandidateCoachEntity, { candidateId });
  }
}
