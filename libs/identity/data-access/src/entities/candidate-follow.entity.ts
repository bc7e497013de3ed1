import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Which coach follows a person (from CoachAssigned), kept apart from the account: an assignment
 * may arrive before the enrolment that opens the account. That coach may re-send the invitation.
 */
@Entity({ name: 'candidate_follow' })
export class CandidateFollowEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;
}
