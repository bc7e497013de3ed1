import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A Kafka message key (a person, an aggregate) whose event was dead-lettered by this service's
 * consumer of a topic: its later events are held until that event is replayed and applied, or
 * discarded by ops (decision 0042). `eventId` is the event the key waits for.
 */
@Entity({ name: 'inbox_parked_key' })
export class ParkedKeyEntity {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ type: 'text' })
  topic!: string;

  @PrimaryColumn({ type: 'text' })
  messageKey!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  parkedAt!: Date;
}

/**
 * An event of a parked key, held instead of applied, as it came from Kafka (value and headers),
 * so it is decoded and applied like any other once the key is released, in `position` order.
 */
@Entity({ name: 'inbox_held_event' })
@Index('inbox_held_event_event', ['eventId'], { unique: true })
@Index('inbox_held_event_key', ['consumer', 'topic', 'messageKey', 'position'])
export class HeldEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  position!: string;

  @Column({ type: 'text' })
  consumer!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ type: 'text' })
  messageKey!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  /** Where it was read, for the logs: the partition's offset. */
  @Column({ type: 'text' })
  messageOffset!: string;

  @Column({ type: 'jsonb' })
  headers!: Record<string, string>;

  @Column({ type: 'text' })
  value!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  heldAt!: Date;
}
