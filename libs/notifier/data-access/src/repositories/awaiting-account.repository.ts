import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An event kept for a person without an account yet, as it was received. */
export interface KeptEvent {
  eventId: string;
  candidateId: string;
  event: unknown;
  receivedAt: Date;
}

/**
 * The events kept until a person's account exists, and the people an invitation was handled for
 * (decision 0052). Both sides take the person's advisory lock first, in the caller's transaction,
 * so a booking and an invitation of one person never miss each other.
 */
@Injectable()
export class AwaitingAccountRepository {
  /** Serialises, until the transaction ends, what is kept and released for this person. */
  async lock(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('awaiting_account:' || $1, 0))`, [
      candidateId,
    ]);
  }

  /** `lock` for many people, taken in id order so two batches wait for each other, never deadlock. */
  async lockMany(manager: EntityManager, candidateIds: readonly string[]): Promise<void> {
    if (candidateIds.length === 0) return;
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('awaiting_account:' || id, 0))
         FROM (SELECT DISTINCT unnest($1::text[]) AS id ORDER BY 1) AS people`,
      [[...candidateIds]],
    );
  }

  async seen(manager: EntityManager, candidateId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM account_seen WHERE candidate_id = $1`, [
      candidateId,
    ]);
    return rows.length > 0;
  }

  async markSeen(manager: EntityManager, candidateId: string, now: Date): Promise<void> {
    await manager.query(
      `INSERT INTO account_seen (candidate_id, seen_at) VALUES ($1, $2) ON CONFLICT (candidate_id) DO NOTHING`,
      [candidateId, now],
    );
  }

  async markSeenMany(manager: EntityManager, candidateIds: readonly string[], now: Date): Promise<void> {
    if (candidateIds.length === 0) return;
    await manager.query(
      `INSERT INTO account_seen (candidate_id, seen_at) SELECT DISTINCT unnest($1::uuid[]), $2::timestamptz
       ON CONFLICT (candidate_id) DO NOTHING`,
      [[...candidateIds], now],
    );
  }

  /** Keeps the event after the person's others (a redelivery keeps it once); under the person's lock. */
  async keep(manager: EntityManager, kept: KeptEvent): Promise<void> {
    await manager.query(
      `INSERT INTO awaiting_account (event_id, candidate_id, event, received_at, position)
       SELECT $1, $2, $3, $4, coalesce(max(position), 0) + 1 FROM awaiting_account WHERE candidate_id = $2
       ON CONFLICT (event_id) DO NOTHING`,
      [kept.eventId, kept.candidateId, JSON.stringify(kept.event), kept.receivedAt],
    );
  }

  /** The person's kept events (those received before `before`, if given) in their order, deleted. */
  async take(manager: EntityManager, candidateId: string, before?: Date): Promise<KeptEvent[]> {
    const rows: {
      event_id: string;
      candidate_id: string;
      event: unknown;
      received_at: Date;
      position: number;
    }[] = await manager.query(
      `WITH taken AS (
           DELETE FROM awaiting_account WHERE candidate_id = $1 AND ($2::timestamptz IS NULL OR received_at < $2)
           RETURNING event_id, candidate_id, event, received_at, position
         )
         SELECT * FROM taken ORDER BY position`,
      [candidateId, before ?? null],
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      candidateId: row.candidate_id,
      event: row.event,
      receivedAt: row.received_at,
    }));
  }

  /** `take` for many people (all their kept events), in one statement: by person, each in their order. */
  async takeMany(manager: EntityManager, candidateIds: readonly string[]): Promise<KeptEvent[]> {
    if (candidateIds.length === 0) return [];
    const rows: { event_id: string; candidate_id: string; event: unknown; received_at: Date }[] =
      await manager.query(
        `WITH taken AS (
             DELETE FROM awaiting_account WHERE candidate_id = ANY($1::uuid[])
             RETURNING event_id, candidate_id, event, received_at, position
           )
           SELECT * FROM taken ORDER BY candidate_id, position`,
        [[...candidateIds]],
      );
    return rows.map((row) => ({
      eventId: row.event_id,
      candidateId: row.candidate_id,
      event: row.event,
      receivedAt: row.received_at,
    }));
  }

  /** The people with an event kept since before `cutoff` (oldest first, at most `limit`). */
  async candidatesWaitingSince(manager: EntityManager, cutoff: Date, limit: number): Promise<string[]> {
    const rows: { candidate_id: string }[] = await manager.query(
      `SELECT candidate_id FROM awaiting_account WHERE received_at < $1
       GROUP BY candidate_id ORDER BY min(received_at) LIMIT $2`,
      [cutoff, limit],
    );
    return rows.map((row) => row.candidate_id);
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`DELETE FROM awaiting_account WHERE candidate_id = $1`, [candidateId]);
    await manager.query(`DELETE FROM account_seen WHERE candidate_id = $1`, [candidateId]);
  }
}
