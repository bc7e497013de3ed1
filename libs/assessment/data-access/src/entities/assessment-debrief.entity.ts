import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The coach's debrief: what releases the results; the notes are the coach's alone. */
@Entity({ name: 'assessment_debrief' })
@Index('assessment_debrief_candidate', ['candidateId'])
export class AssessmentDebriefEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'text' })
  notes!: string;

  @Column({ type: 'timestamptz' })
  debriefedAt!: Date;
}
