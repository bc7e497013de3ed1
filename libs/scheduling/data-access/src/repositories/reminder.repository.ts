import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SessionReminderEntity } from '../entities/session-reminder.entity';

/** Reminders: written with the booking, claimed once by the poller. */
@Injectable()
export class ReminderRepository {
  async schedule(manager: EntityManager, reminders: readonly SessionReminderEntity[]): Promise<void> {
    if (reminders.length === 0) return;
    await manager.query(
      `INSERT INTO session_reminder (id, session_id, candidate_id, coach_id, lead_minutes, starts_at, due_at, status, sent_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::timestamptz[],
         $7::timestamptz[], $8::text[], $9::timestamptz[])`,
      [
        reminders.map((r) => r.id),
        reminders.map((r) => r.sessionId),
        reminders.map((r) => r.candidateId),
        reminders.map((r) => r.coachId),
        reminders.map((r) => r.leadMinutes),
        reminders.map((r) => r.startsAt),
        reminders.map((r) => r.dueAt),
        reminders.map((r) => r.status),
        reminders.map((r) => r.sentAt),
      ],
    );
  }

  /** Voids the pending reminders of a session (or of some of its people): they will never be sent. */
  async voidPending(
    manager: EntityManager,
    sessionId: string,
    candidateIds?: readonly string[],
  ): Promise<void> {
    await manager.query(
      `UPDATE session_reminder SET status = 'void'
       WHERE session_id = $1 AND status = 'pending' AND ($2::uuid[] IS NULL OR candidate_id = ANY($2::uuid[]))`,
      [sessionId, candidateIds ?? null],
    );
  }

  /**
   * Claims due reminders for this transaction. SKIP LOCKED lets several pollers (replicas) work
   * side by side without waiting on, or taking, each other's rows.
   */
  async claimDue(manager: EntityManager, now: Date, limit: number): Promise<SessionReminderEntity[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT id, session_id, candidate_id, coach_id, lead_minutes, starts_at, due_at FROM session_reminder
       WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    return rows.map((row) => ({
      id: row['id'] as string,
      sessionId: row['session_id'] as string,
      candidateId: row['candidate_id'] as string,
      coachId: row['coach_id'] as string,
      leadMinutes: row['lead_minutes'] as number,
      startsAt: row['starts_at'] as Date,
      dueAt: row['due_at'] as Date,
      status: 'pending',
      sentAt: null,
    }));
  }

  async markSent(manager: EntityManager, ids: readonly string[], sentAt: Date): Promise<void> {
    await manager.query(
      `UPDATE session_reminder SET status = 'sent', sent_at = $2 WHERE id = ANY($1::uuid[])`,
      [ids, sentAt],
    );
  }

  listForSession(
    manager: EntityManager,
    sessionId: string,
  ): Promise<{ status: string; lead_minutes: number; candidate_id: string }[]> {
    return manager.query(
      `SELECT status, lead_minutes, candidate_id FROM session_reminder WHERE session_id = $1 ORDER BY lead_minutes DESC`,
      [sessionId],
    );
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`DELETE FROM session_reminder WHERE candidate_id = $1`, [candidateId]);
  }
}
