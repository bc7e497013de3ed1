import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MessageAttachment, MessageKind, SkipReason } from '@passerelle/notifier/domain';
import type { InAppNotificationEntity } from '../entities/in-app-notification.entity';
import { OutgoingMessageEntity, type MessageChannel } from '../entities/outgoing-message.entity';
import { IN_APP_NOTIFICATION_CHANNEL } from './in-app-notification.repository';

/** A message to queue: rendered for one recipient, or recorded as skipped with its reason. */
export interface NewOutgoingMessage {
  id: string;
  dedupeKey: string;
  kind: MessageKind;
  /** Email unless said otherwise. */
  channel?: MessageChannel;
  recipientAccountId: string | null;
  candidateId: string | null;
  officeIds: string[];
  content:
    | {
        toAddress: string;
        toName: string;
        subject: string;
        textBody: string;
        /** Null for a text message. */
        htmlBody: string | null;
        attachments: MessageAttachment[];
        /** Not before then (the end of the person's quiet hours); null: at once. */
        notBefore: Date | null;
        unsubscribeUrl: string | null;
      }
    | { skipped: SkipReason };
}

/** A failed send as the sender decided it (notifier/domain's delivery policy). */
export interface DeliveryFailure {
  id: string;
  status: 'pending' | 'parked';
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string;
}

/** Messages to send, the delivery log, and the parked messages ops see. */
/** The advisory lock space of a person's erasure in notifier (the key is hashtext of the id). */
const PERSON_LOCK = 7_301;

@Injectable()
export class OutgoingMessageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Queues messages in the caller's transaction (the inbox's, for an event); a dedupe key already
   * present writes nothing. With them, in the same statement (one round trip: every event pays
   * it), the in-app entries of the messages actually written (an entry's id is its message's), and
   * a NOTIFY per account for the live badge, heard only if the transaction commits. Returns the
   * ids actually written.
   */
  async queue(
    manager: EntityManager,
    messages: readonly NewOutgoingMessage[],
    now: Date,
    inApp: readonly InAppNotificationEntity[] = [],
  ): Promise<string[]> {
    if (messages.length === 0) return [];
    const column = <T>(pick: (message: NewOutgoingMessage) => T) => messages.map(pick);
    const sent = (message: NewOutgoingMessage) => ('skipped' in message.content ? null : message.content);
    const rows: { id: string }[] = await manager.query(
      `WITH written AS (
         INSERT INTO outgoing_message (id, dedupe_key, kind, channel, status, recipient_account_id, candidate_id,
           office_ids, to_address, to_name, subject, text_body, html_body, attachments, skip_reason, attempts,
           next_attempt_at, created_at, unsubscribe_url)
         SELECT m.id, m.dedupe_key, m.kind, m.channel, CASE WHEN m.skip_reason IS NULL THEN 'pending' ELSE 'skipped' END,
           m.recipient_account_id, m.candidate_id, ARRAY(SELECT jsonb_array_elements_text(m.office_ids))::uuid[],
           m.to_address, m.to_name, m.subject, m.text_body, m.html_body, m.attachments, m.skip_reason, 0,
           COALESCE(m.not_before, $14), $14, m.unsubscribe_url
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::jsonb[], $7::text[], $8::text[],
           $9::text[], $10::text[], $11::text[], $12::jsonb[], $13::text[], $15::timestamptz[], $16::text[],
           $17::text[])
           AS m(id, dedupe_key, kind, recipient_account_id, candidate_id, office_ids, to_address, to_name, subject,
             text_body, html_body, attachments, skip_reason, not_before, unsubscribe_url, channel)
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id),
       listed AS (
         INSERT INTO in_app_notification (id, account_id, candidate_id, kind, title, body, created_at, read_at)
         SELECT e.* FROM unnest($19::uuid[], $20::uuid[], $21::uuid[], $22::text[], $23::text[], $24::text[],
           $25::timestamptz[], $26::timestamptz[])
           AS e(id, account_id, candidate_id, kind, title, body, created_at, read_at)
         WHERE e.id IN (SELECT id FROM written)
         ON CONFLICT (id) DO NOTHING
         RETURNING account_id),
       signalled AS (
         SELECT pg_notify($18, account_id::text) FROM (SELECT DISTINCT account_id FROM listed) AS accounts)
       SELECT id FROM written WHERE (SELECT count(*) FROM signalled) >= 0`,
      [
        column((m) => m.id),
        column((m) => m.dedupeKey),
        column((m) => m.kind),
        column((m) => m.recipientAccountId),
        column((m) => m.candidateId),
        column((m) => JSON.stringify(m.officeIds)),
        column((m) => sent(m)?.toAddress ?? null),
        column((m) => sent(m)?.toName ?? null),
        column((m) => sent(m)?.subject ?? null),
        column((m) => sent(m)?.textBody ?? null),
        column((m) => sent(m)?.htmlBody ?? null),
        column((m) => {
          const content = sent(m);
          return content ? JSON.stringify(content.attachments) : null;
        }),
        column((m) => ('skipped' in m.content ? m.content.skipped : null)),
        now,
        column((m) => sent(m)?.notBefore ?? null),
        column((m) => sent(m)?.unsubscribeUrl ?? null),
        column((m) => m.channel ?? 'email'),
        IN_APP_NOTIFICATION_CHANNEL,
        inApp.map((e) => e.id),
        inApp.map((e) => e.accountId),
        inApp.map((e) => e.candidateId),
        inApp.map((e) => e.kind),
        inApp.map((e) => e.title),
        inApp.map((e) => e.body),
        inApp.map((e) => e.createdAt),
        inApp.map((e) => e.readAt),
      ],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Claims up to `limit` messages of a channel due by `now`, oldest due first, locked for the
   * caller's transaction (SKIP LOCKED: several senders never take the same message).
   */
  claimDue(
    manager: EntityManager,
    now: Date,
    limit: number,
    channel: MessageChannel = 'email',
  ): Promise<OutgoingMessageEntity[]> {
    return manager
      .getRepository(OutgoingMessageEntity)
      .createQueryBuilder('m')
      .where(`m.status = 'pending'`)
      .andWhere('m.channel = :channel', { channel })
      .andWhere('m.nextAttemptAt <= :now', { now })
      .orderBy('m.nextAttemptAt')
      .addOrderBy('m.id') // UUIDv7: the order they were written in
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Sent: the log keeps who, what kind and when; the address and content are cleared. */
  async markSent(manager: EntityManager, ids: readonly string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE outgoing_message SET status = 'sent', sent_at = $2, attempts = attempts + 1, last_error = NULL,
         to_address = NULL, to_name = NULL, subject = NULL, text_body = NULL, html_body = NULL, attachments = NULL,
         unsubscribe_url = NULL
       WHERE id = ANY($1::uuid[])`,
      [ids, now],
    );
  }

  async recordFailures(
    manager: EntityManager,
    failures: readonly DeliveryFailure[],
    now: Date,
  ): Promise<void> {
    if (failures.length === 0) return;
    await manager.query(
      `UPDATE outgoing_message o SET status = f.status, attempts = f.attempts, last_error = f.last_error,
         next_attempt_at = COALESCE(f.next_attempt_at, o.next_attempt_at),
         parked_at = CASE WHEN f.status = 'parked' THEN $6::timestamptz ELSE NULL END
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::timestamptz[], $5::text[])
         AS f(id, status, attempts, next_attempt_at, last_error)
       WHERE o.id = f.id`,
      [
        failures.map((f) => f.id),
        failures.map((f) => f.status),
        failures.map((f) => f.attempts),
        failures.map((f) => f.nextAttemptAt),
        failures.map((f) => f.lastError),
        now,
      ],
    );
  }

  findById(id: string): Promise<OutgoingMessageEntity | null> {
    return this.dataSource.getRepository(OutgoingMessageEntity).findOneBy({ id });
  }

  findByDedupeKey(dedupeKey: string): Promise<OutgoingMessageEntity | null> {
    return this.dataSource.getRepository(OutgoingMessageEntity).findOneBy({ dedupeKey });
  }

  /**
   * Parked messages, most recently parked first, of the offices given (any of the recipient's
   * offices), or of every office when `officeIds` is null. Keyset pagination on (parked_at, id).
   */
  listParked(
    officeIds: string[] | null,
    first: number,
    after: { parkedAt: Date; id: string } | null,
  ): Promise<OutgoingMessageEntity[]> {
    const query = this.dataSource
      .getRepository(OutgoingMessageEntity)
      .createQueryBuilder('m')
      .where(`m.status = 'parked'`)
      .orderBy('m.parkedAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(first);
    if (officeIds !== null) query.andWhere('m.officeIds && :officeIds::uuid[]', { officeIds });
    if (after)
      query.andWhere('(m.parkedAt, m.id) < (:parkedAt, :id)', { parkedAt: after.parkedAt, id: after.id });
    return query.getMany();
  }

  /** A parked message goes back to the sender with its attempts reset; false if it was not parked. */
  async retryParked(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE outgoing_message SET status = 'pending', attempts = 0, next_attempt_at = $2, parked_at = NULL
       WHERE id = $1 AND status = 'parked'`,
      [id, now],
    );
    return affected === 1;
  }

  /** Every message to or about the person (erasure), whatever its status. */
  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(`DELETE FROM outgoing_message WHERE candidate_id = $1`, [candidateId]);
  }

  /**
   * Remembers the person as erased (id and time only). Holds the person's lock exclusively until
   * the erasure commits: a message being written about them (`erasedAmong`, shared) commits first
   * and is deleted with the rest, or waits and then sees them erased.
   */
  async rememberErased(manager: EntityManager, candidateId: string, erasedAt: Date): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(${PERSON_LOCK}, hashtext($1))`, [candidateId]);
    await manager.query(
      `INSERT INTO erased_candidate (candidate_id, erased_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [candidateId, erasedAt],
    );
  }

  /** Which of these people were erased (events about them may still arrive from other topics). */
  async erasedAmong(manager: EntityManager, candidateIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(candidateIds)];
    if (ids.length === 0) return new Set();
    await manager.query(
      `SELECT pg_advisory_xact_lock_shared(${PERSON_LOCK}, hashtext(id)) FROM unnest($1::text[]) AS id ORDER BY id`,
      [ids],
    );
    const rows: { id: string }[] = await manager.query(
      `SELECT candidate_id::text AS id FROM erased_candidate WHERE candidate_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }
}
