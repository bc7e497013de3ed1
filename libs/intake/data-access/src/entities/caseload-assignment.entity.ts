import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which coach follows a person, as scheduling announced it (CoachAssigned). Intake keeps its own
 * copy to let a coach into their caseload; the newest assignment wins.
 */
@Entity({ name: 'caseload_assignment' })
@Index('caseload_assignment_coach', ['coachId'])
@Index('caseload_assignment_office', ['officeId'])
export class CaseloadAssignmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;

  /** The office the person is followed from; null for an assignment recorded before it was kept. */
  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;
}
