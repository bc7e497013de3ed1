import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { InAppNotificationEntity } from '../entities/in-app-notification.entity';

/**
 * The PostgreSQL channel told, on commit, of each account with a new notification (the payload: its
 * id); entries are added with their messages (OutgoingMessageRepository.queue).
 */
export const IN_APP_NOTIFICATION_CHANNEL = 'in_app_notification';

/** The person's notification list in the console. */
@Injectable()
export class InAppNotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

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
