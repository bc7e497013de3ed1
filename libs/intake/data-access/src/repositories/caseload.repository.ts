import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

@Injectable()
export class CaseloadRepository {
  /**
   * The newest assignment wins whatever order the events arrive in. Only a person intake holds is
   * recorded (held against a concurrent erasure): an erased person's assignment is not recorded
   * again. Returns whether the row changed.
   */
  async recordAssignment(
    manager: EntityManager,
    assignment: { candidateId: string; coachId: string; officeId: string; assignedAt: Date },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO caseload_assignment (candidate_id, coach_id, assigned_at, office_id)
       SELECT $1, $2, $3, $4
        WHERE EXISTS (SELECT 1 FROM candidate WHERE id = $1 FOR SHARE)
       ON CONFLICT (candidate_id) DO UPDATE
         SET coach_id = excluded.coach_id, assigned_at = excluded.assigned_at, office_id = excluded.office_id
         WHERE caseload_assignment.assigned_at < excluded.assigned_at
       RETURNING candidate_id`,
      [assignment.candidateId, assignment.coachId, assignment.assignedAt, assignment.officeId],
    );
    return rows.length > 0;
  }
}
