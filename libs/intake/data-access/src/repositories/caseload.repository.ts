import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

@Injectable()
export class CaseloadRepository {
  /**
   * The newest assignment wins whatever order the events arrive in; an erased person's
   * assignment is not recorded again. Returns whether the row changed.
   */
  async recordAssignment(
    manager: EntityManager,
    assignment: { candidateId: string; coachId: string; assignedAt: Date },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO caseload_assignment (candidate_id, coach_id, assigned_at)
       SELECT $1, $2, $3
        WHERE NOT EXISTS (SELECT 1 FROM candidate_erasure WHERE candidate_id = $1)
       ON CONFLICT (candidate_id) DO UPDATE
         SET coach_id = excluded.coach_id, assigned_at = excluded.assigned_at
         WHERE caseload_assignment.assigned_at < excluded.assigned_at
       RETURNING candidate_id`,
      [assignment.candidateId, assignment.coachId, assignment.assignedAt],
    );
    return rows.length > 0;
  }
}
