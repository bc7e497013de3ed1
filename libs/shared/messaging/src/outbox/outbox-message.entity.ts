import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An event waiting to be published, written in the same transaction as the change it announces.
 * The relay deletes the row once Kafka has acknowledged it: the table holds only pending events.
 */
@Entity({ name: 'outbox_message' })
@Index('outbox_message_position', ['position'], { unique: true })
export class OutboxMessageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Insertion order, so the relay publishes one aggregate's events in the order they happened. */
  @Column({ type: 'bigint', generated: 'increment' })
  position!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  messageKey!: string;

  @Column({ type: 'text' })
  eventType!: string;

  @Column({ type: 'jsonb' })
  headers!: Record<string, string>;

  @Column({ type: 'jsonb' })
  envelope!: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
