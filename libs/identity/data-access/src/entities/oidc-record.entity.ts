import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the OpenID provider keeps between requests (sessions, grants, codes, refresh tokens,
 * interactions...), one row per model instance, as its adapter contract describes it: the payload
 * as given, with the keys it is looked up by beside it.
 */
@Entity({ name: 'oidc_record' })
@Index('oidc_record_grant', ['grantId'])
@Index('oidc_record_uid', ['model', 'uid'])
@Index('oidc_record_user_code', ['model', 'userCode'])
@Index('oidc_record_expiry', ['expiresAt'])
export class OidcRecordEntity {
  @PrimaryColumn({ type: 'text' })
  model!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  grantId!: string | null;

  @Column({ type: 'text', nullable: true })
  uid!: string | null;

  @Column({ type: 'text', nullable: true })
  userCode!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt!: Date | null;
}
