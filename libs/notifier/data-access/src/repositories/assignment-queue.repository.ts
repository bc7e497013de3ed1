import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueuedPerson } from '@passerelle/notifier/domain';
import { QueueAlertEntity } from '../entities/queue-alert.entity';

/**
 * The assignment queue as the notifier sees it: people enrolled (candidate_scope) without a coach
 * (candidate_coach), from the shared projection of intake's and scheduling's events.
 */
@Injectable()
export class AssignmentQueueRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** People enrolled before `enrolledBefore`, still without a coach, of whom ops have not heard yet. */
  async waitingUnannounced(enrolledBefore: Date, limit: number): Promise<QueuedPerson[]> {
    const rows: { candidate_id: string; office_ids: string[]; enrolled_at: Date }[] =
      await this.dataSource.query(
        `SELECT s.candidate_id, s.office_ids, s.enrolled_at FROM candidate_scope s
       WHERE s.enrolled_at < $1
         AND NOT EXISTS (SELECT 1 FROM candidate_coach c WHERE c.candidate_id = s.candidate_id)
         AND NOT EXISTS (SELECT 1 FROM queue_alert a WHERE a.candidate_id = s.candidate_id)
       ORDER BY s.enrolled_at, s.candidate_id LIMIT $2`,
        [enrolledBefore, limit],
      );
    return rows.map((row) => ({
      candidateId: row.candidate_id,
      officeIds: row.office_ids,
      enrolledAt: row.enrolled_at,
    }));
  }

  async markAnnounced(manager: EntityManager, candidateIds: readonly string[], now: Date): Promise<void> {
    if (candidateIds.length === 0) return;
    await manager.query(
      `INSERT INTO queue_alert (candidate_id, alerted_at) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
      [candidateIds, now],
    );
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(QueueAlertEntity, { candidateId });
  }
}
