import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AccountLanguage, AccountRole, AccountStatus } from '@passerelle/identity/domain';

/**
 * Someone who may sign in. The email is the sign-in name (stored lower-case); the ids are what the
 * tokens' claims are derived from. No password until the person sets one (`invited`).
 */
@Entity({ name: 'account' })
@Index('account_email', ['email'], { unique: true })
@Index('account_candidate', ['candidateId'], { unique: true, where: '"candidate_id" IS NOT NULL' })
@Index('account_coach', ['coachId'], { unique: true, where: '"coach_id" IS NOT NULL' })
export class AccountEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: AccountRole;

  @Column({ type: 'text' })
  status!: AccountStatus;

  @Column({ type: 'text' })
  language!: AccountLanguage;

  /** scrypt, parameters included (identity/domain's password-hashing); never logged. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'uuid', nullable: true })
  candidateId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  coachId!: string | null;

  /** The offices a person's programme is served by, or a staff member works in. */
  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'boolean' })
  allOffices!: boolean;

  @Column({ type: 'uuid', array: true })
  sponsorIds!: string[];

  /** Wrong passwords since the last success (identity/domain's sign-in throttle). */
  @Column({ type: 'integer' })
  failedSignIns!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
