import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Who coaches a person, from scheduling's CoachAssigned events. Kept apart from candidate_scope
 * because the two come from different topics and may arrive in either order.
 */
@Entity({ name: 'candidate_coach' })
export class CandidateCoachEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Index('candidate_coach_coach_id')
  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;
}
