import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { InAppNotificationEntity } from '../entities/in-app-notification.entity';

/** The PostgreSQL channel told, on commit, of each account with a new notification (the payload: its id). */
export const IN_APP_NOTIFICATION_CHANNEL = 'in_app_notification';

/** The person's notification list in the console. */
@Injectable()
export class InAppNotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adds entries in the caller's transaction and tells the live streams of their accounts, in one
   * statement: the NOTIFY is heard once the transaction commits, never before, never if it rolls back.
   */
  async add(manager: EntityManager, entries: readonly InAppNotificationEntity[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `WITH added AS (
         INSERT INTO in_app_notification (id, account_id, candidate_id, kind, title, body, created_at, read_at)
         SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
           $9::timestamptz[])
         ON CONFLICT (id) DO NOTHING
         RETURNING account_id)
       SELECT pg_notify($1, account_id::text) FROM (SELECT DISTINCT account_id FROM added) AS accounts`,
      [
        IN_APP_NOTIFICATION_CHANNEL,
        entries.map((e) => e.id),
        entries.map((e) => e.accountId),
        entries.map((e) => e.candidateId),
        entries.map((e) => e.kind),
        entries.map((e) => e.title),
        entries.map((e) => e.body),
        entries.map((e) => e.createdAt),
        entries.map((e) => e.readAt),
      ],
    );
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  list(
    accountId: string,
    first: number,
    after: { createdAt: Date; id: string } | null,
  ): Promise<InAppNotificationEntity[]> {
    const query = this.dataSource
      .getRepository(InAppNotificationEntity)
      .createQueryBuilder('n')
      .where('n.accountId = :accountId', { accountId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first);
    if (after) query.andWhere('(n.createdAt, n.id) < (:createdAt, :id)', after);
    return query.getMany();
  }

  unreadCount(accountId: string): Promise<number> {
    return this.dataSource
      .getRepository(InAppNotificationEntity)
      .createQueryBuilder('n')
      .where('n.accountId = :accountId AND n.readAt IS NULL', { accountId })
      .getCount();
  }

  /** Marks the given notifications of this account read (all of them when `ids` is null); how many changed. */
  async markRead(accountId: string, ids: string[] | null, now: Date): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE in_app_notification SET read_at = $3
       WHERE account_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [accountId, ids, now],
    );
    return affected;
  }

  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.delete(InAppNotificationEntity, { candidateId });
  }
}
