import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DigestKind = 'job_leads' | 'at_risk';

/** When a person last received a digest of a kind: the next waits a day (notifier/domain's digest schedule). */
@Entity({ name: 'digest_sent' })
export class DigestSentEntity {
  @PrimaryColumn({ type: 'text' })
  kind!: DigestKind;

  /** The candidate (job leads) or the coach (at-risk) it went to. */
  @PrimaryColumn({ type: 'uuid' })
  recipientRef!: string;

  @Column({ type: 'timestamptz' })
  lastSentAt!: Date;
}
