import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CandidateStatus, StatusChangeReason } from '@passerelle/shared/contracts';

/**
 * Every change of a person's status, who made it and why: the audit trail of their lifecycle
 * (`system` for a first sign-in, a first session or an outcome). Never updated: a change is undone
 * by a new one.
 */
@Entity({ name: 'candidate_status_change' })
@Index('candidate_status_change_candidate', ['candidateId', 'changedAt'])
export class CandidateStatusChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  fromStatus!: CandidateStatus;

  @Column({ type: 'text' })
  toStatus!: CandidateStatus;

  @Column({ type: 'text' })
  reason!: StatusChangeReason;

  /** yyyy-mm-dd, a pause's expected return. */
  @Column({ type: 'date', nullable: true })
  expectedReturnOn!: string | null;

  /** Free text for the coach and ops; never leaves intake. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The subject of who asked, or `system`. */
  @Column({ type: 'text' })
  changedBy!: string;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
