import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Why a person enrolled has no account (decision 0048). */
export type AccountNotOpenedReason = 'email_taken';

/**
 * An enrolled person identity could not open an account for, and why: their address (from intake)
 * is already another account's sign-in name. Inviting them there would send their invitation to
 * someone else, so nothing is sent; ops of their offices see them (`accountsNotOpened`) and correct
 * the address in intake. Gone once the account opens (a later enrolment finds the address free) or
 * the person is erased.
 */
@Entity({ name: 'account_not_opened' })
@Index('account_not_opened_first_seen', ['firstSeenAt'])
export class AccountNotOpenedEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  /** The offices serving the person's programme, as their latest enrolment said: whose ops see them. */
  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'text' })
  reason!: AccountNotOpenedReason;

  /** The account whose sign-in name the person's address is (never shown to ops outside its offices). */
  @Column({ type: 'uuid' })
  heldByAccountId!: string;

  @Column({ type: 'timestamptz' })
  firstSeenAt!: Date;

  /** The latest enrolment that found the address held. */
  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;
}
