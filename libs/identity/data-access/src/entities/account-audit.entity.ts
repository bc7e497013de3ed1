import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AccountAction } from '@passerelle/identity/domain';

/**
 * Who changed an account, and how: opened, invited, password set, sessions revoked. The actor is
 * an account id, or `service:<name>` for what an event did. Sign-ins have their own audit.
 */
@Entity({ name: 'account_audit' })
@Index('account_audit_account', ['accountId', 'at'])
export class AccountAuditEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  action!: AccountAction;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
