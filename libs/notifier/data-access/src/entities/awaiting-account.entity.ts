import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An event about a person identity had no account for when it came (decision 0052): kept, as
 * received, until identity's invitation says the account exists, then applied in `position` order
 * and deleted. Ids, codes and dates only, like every event.
 */
@Entity({ name: 'awaiting_account' })
@Index('awaiting_account_candidate', ['candidateId', 'position'])
@Index('awaiting_account_received', ['receivedAt'])
export class AwaitingAccountEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'jsonb' })
  event!: unknown;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  /** Arrival order among the person's kept events (1, 2, ...), so they are applied as they came. */
  @Column({ type: 'integer' })
  position!: number;
}

/** A person an invitation was handled for: from then on a directory miss is not waited on. */
@Entity({ name: 'account_seen' })
export class AccountSeenEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'timestamptz' })
  seenAt!: Date;
}
