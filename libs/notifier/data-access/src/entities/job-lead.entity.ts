import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An offer matched to a person, waiting for their next job-leads digest (notifiedAt null) or already in one. */
@Entity({ name: 'job_lead' })
export class JobLeadEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @PrimaryColumn({ type: 'uuid' })
  offerId!: string;

  @Column({ type: 'integer' })
  rank!: number;

  @Column({ type: 'timestamptz' })
  matchedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt!: Date | null;
}
