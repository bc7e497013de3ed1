import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A message this service's consumer of a topic sent to the dead-letter topic, by where it was read
 * (partition and offset): a redelivery of its batch skips it instead of dead-lettering it again.
 * A replay comes back at a new offset, so it is never taken for one of these.
 */
@Entity({ name: 'inbox_dead_letter' })
export class DeadLetterRecordEntity {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ type: 'text' })
  topic!: string;

  @PrimaryColumn({ type: 'int' })
  partition!: number;

  @PrimaryColumn({ type: 'bigint' })
  messageOffset!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  deadLetteredAt!: Date;
}
