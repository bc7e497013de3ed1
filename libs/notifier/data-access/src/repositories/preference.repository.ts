import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NO_PREFERENCES, type MessageKind, type NotificationPreferences } from '@passerelle/notifier/domain';
import { NotificationPreferenceEntity } from '../entities/notification-preference.entity';

type Stored = Pick<NotificationPreferenceEntity, 'mutedEmail' | 'mutedInApp' | 'quietStart' | 'quietEnd'>;

const toPreferences = (row: Stored | null | undefined): NotificationPreferences =>
  row
    ? {
        mutedEmail: row.mutedEmail,
        mutedInApp: row.mutedInApp,
        quietHours: row.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd } : null,
      }
    : NO_PREFERENCES;

/** People's notification choices. */
@Injectable()
export class PreferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async of(accountId: string): Promise<NotificationPreferences> {
    return toPreferences(
      await this.dataSource.getRepository(NotificationPreferenceEntity).findOneBy({ accountId }),
    );
  }

  async save(
    accountId: string,
    candidateId: string | null,
    preferences: NotificationPreferences,
    now: Date,
  ): Promise<void> {
    await this.dataSource.getRepository(NotificationPreferenceEntity).upsert(
      {
        accountId,
        candidateId,
        mutedEmail: [...preferences.mutedEmail],
        mutedInApp: [...preferences.mutedInApp],
        quietStart: preferences.quietHours?.start ?? null,
        quietEnd: preferences.quietHours?.end ?? null,
        updatedAt: now,
      },
      ['accountId'],
    );
  }

  /** One more kind muted by email (an unsubscribe link); the rest stays as it was. */
  async muteEmail(accountId: string, kind: MessageKind, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (account_id, muted_email, muted_in_app, updated_at)
       VALUES ($1, ARRAY[$2]::text[], '{}', $3)
       ON CONFLICT (account_id) DO UPDATE SET updated_at = $3,
         muted_email = CASE WHEN $2 = ANY(notification_preference.muted_email) THEN notification_preference.muted_email
                            ELSE array_append(notification_preference.muted_email, $2) END`,
      [accountId, kind, now],
    );
  }

  /**
   * The person's choices, whether saved by them (their candidate id) or by an unsubscribe link
   * (their account, known from their messages): run before the messages are erased.
   */
  async eraseCandidate(manager: EntityManager, candidateId: string): Promise<void> {
    await manager.query(
      `DELETE FROM notification_preference WHERE candidate_id = $1 OR account_id IN (
         SELECT recipient_account_id FROM outgoing_message WHERE candidate_id = $1 AND recipient_account_id IS NOT NULL
         UNION SELECT account_id FROM in_app_notification WHERE candidate_id = $1)`,
      [candidateId],
    );
  }
}
