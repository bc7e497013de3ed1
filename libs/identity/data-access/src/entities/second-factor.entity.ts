import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from './account.entity';

/**
 * An account's second factor (TOTP), at most one. Unconfirmed while the person sets it up; from
 * its confirmation on, signing in asks for a code. Deleted with the account (erasure).
 */
@Entity({ name: 'second_factor' })
export class SecondFactorEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId!: string;

  @OneToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'second_factor_account' })
  account?: AccountEntity;

  /** The TOTP secret, AES-256-GCM under IDENTITY_FACTOR_KEY (identity/domain's factor-secret-sealing). */
  @Column({ type: 'text' })
  sealedSecret!: string;

  /** When the person typed a first right code; null while setting it up. */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /** The time step of the last code accepted: that code, and older ones, are refused (replay). */
  @Column({ type: 'integer', nullable: true })
  lastUsedStep!: number | null;

  /** Keyed digests of the recovery codes not yet used; a used one is removed. */
  @Column({ type: 'text', array: true })
  recoveryCodeDigests!: string[];

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
