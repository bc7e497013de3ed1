import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which coach follows a person, as scheduling announced it (CoachAssigned). Intake keeps its own
 * copy to let a coach into their caseload; the newest assignment wins.
 */
@Entity({ name: 'caseload_assignment' })
@Index('caseload_assignment_coach', ['coachId'])
export class CaseloadAssignmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;
}
