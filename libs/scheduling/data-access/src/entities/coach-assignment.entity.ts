import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AssignmentExplanation, AssignmentMode } from '@passerelle/scheduling/domain';

/** Who follows a person, and why; a reassignment ends the previous row (history kept). */
@Entity({ name: 'coach_assignment' })
@Index('coach_assignment_current', ['candidateId'], { unique: true, where: '"ended_at" IS NULL' })
@Index('coach_assignment_coach', ['coachId', 'endedAt'])
export class CoachAssignmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'text' })
  mode!: AssignmentMode;

  /** The ops reason of a reassignment; null for an automatic choice. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  explanation!: AssignmentExplanation | null;

  @Column({ type: 'text' })
  assignedBy!: string;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
