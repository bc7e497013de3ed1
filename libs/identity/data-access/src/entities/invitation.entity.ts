import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { InvitationPurpose } from '@passerelle/identity/domain';
import { AccountEntity } from './account.entity';

/**
 * A single-use way in. The secret is minted when the email is written (decision 0018) and only
 * its digest is kept; minting again replaces it. Used, expired or superseded, it opens nothing.
 */
@Entity({ name: 'invitation' })
@Index('invitation_account', ['accountId'])
export class InvitationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  /** Deleted with the account (erasure). */
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'invitation_account_id_fkey' })
  account?: AccountEntity;

  @Column({ type: 'text' })
  purpose!: InvitationPurpose;

  @Column({ type: 'text', nullable: true })
  secretDigest!: string | null;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** A newer invitation was sent: this one stops working. */
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
