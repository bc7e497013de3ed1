import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AssessmentStatus } from '@passerelle/assessment/domain';

/**
 * An assessment session: one instrument assigned to a person (by a coach or a pathway milestone),
 * answered at their pace, scored on submission, released after the coach's debrief.
 */
@Entity({ name: 'assessment' })
@Index('assessment_candidate', ['candidateId'])
@Index('assessment_milestone', ['milestoneId'], { unique: true })
export class AssessmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  instrumentCode!: string;

  /** The version answered; fixed at assignment so later imports do not change a session. */
  @Column({ type: 'text', nullable: true })
  instrumentVersion!: string | null;

  @Column({ type: 'text' })
  status!: AssessmentStatus;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;

  @Column({ type: 'text' })
  assignedBy!: 'coach' | 'pathway';

  @Column({ type: 'uuid', nullable: true })
  assignedByCoachId!: string | null;

  /** The pathway milestone that asked for it; unique, so a replayed plan creates nothing new. */
  @Column({ type: 'uuid', nullable: true })
  milestoneId!: string | null;

  @Column({ type: 'text', array: true })
  targetOccupationCodes!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
