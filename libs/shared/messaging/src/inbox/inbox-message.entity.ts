import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event this service has applied; its presence is what makes a redelivery a no-op. Each
 * service has its own database and applies an event once, so the event id alone is the key.
 */
@Entity({ name: 'inbox_message' })
export class InboxMessageEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
