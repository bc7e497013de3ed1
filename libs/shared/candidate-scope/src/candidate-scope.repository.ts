import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CandidateScope } from '@passerelle/shared/auth';
import type { EventOf } from '@passerelle/shared/contracts';
import { CandidateCoachEntity } from './candidate-coach.entity';
import { CandidateScopeEntity } from './candidate-scope.entity';

/** A person's access scope, with the programme they belong to. */
export interface ProgrammeCandidateScope extends CandidateScope {
  programmeId: string;
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
