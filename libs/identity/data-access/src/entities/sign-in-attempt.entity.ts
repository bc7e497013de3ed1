import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SignInOutcome =
  | 'signed_in'
  | 'wrong_password'
  | 'unknown_account'
  | 'locked'
  | 'not_active'
  // The password was right and a second factor is asked next (a code, or setting one up).
  | 'password_passed'
  // A wrong code, or a right one already used (a replay): both count as a wrong password.
  | 'factor_failed'
  | 'factor_replayed'
  // Signed in by setting up a factor (its first code), or with a recovery code (now spent).
  | 'factor_enrolled'
  | 'recovery_code_used'
  // Through the firm's own provider (federation): signed in, or its answer refused.
  | 'firm_signed_in'
  | 'firm_refused'
  // A sign-in link asked for ("forgot my password"): sent, or withheld (over the account's limit,
  // no such account, a disabled one, or the source address over its limit). All count toward
  // the address's limit: each request probes an address, whatever came of it.
  | 'link_sent'
  | 'link_limited'
  | 'link_unknown_account'
  | 'link_not_active'
  | 'link_blocked';

/** The outcomes that are not failures: all others count toward the per-address limit. */
export const SIGN_IN_SUCCESSES: readonly SignInOutcome[] = [
  'signed_in',
  'password_passed',
  'factor_enrolled',
  'recovery_code_used',
  'firm_signed_in',
];

/**
 * The audit of sign-ins and failures, and the source of the per-address limit. The address tried
 * is kept only as a keyed hash, so an unknown email typed by mistake is not stored in clear.
 */
@Entity({ name: 'sign_in_attempt' })
@Index('sign_in_attempt_source', ['sourceAddress', 'attemptedAt'])
@Index('sign_in_attempt_account', ['accountId', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  accountId!: string | null;

  @Column({ type: 'text' })
  emailDigest!: string;

  @Column({ type: 'text' })
  sourceAddress!: string;

  @Column({ type: 'text' })
  outcome!: SignInOutcome;

  @Column({ type: 'timestamptz' })
  attemptedAt!: Date;
}
