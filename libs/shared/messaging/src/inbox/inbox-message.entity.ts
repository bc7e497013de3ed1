import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An event this service has applied; its presence is what makes a redelivery a no-op. Each
 * service has its own database and applies an event once, so the event id alone is the key.
 * Rows older than the replay horizon are purged (`purgeInbox`, decision 0042), by `processed_at`.
 */
@Entity({ name: 'inbox_message' })
@Index('inbox_message_processed_at', ['processedAt'])
export class InboxMessageEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
