import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SignInOutcome = 'signed_in' | 'wrong_password' | 'unknown_account' | 'locked' | 'not_active';

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
