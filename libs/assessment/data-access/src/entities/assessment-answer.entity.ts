import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One answer, saved as the person goes; the latest value wins until submission. */
@Entity({ name: 'assessment_answer' })
@Index('assessment_answer_candidate', ['candidateId'])
export class AssessmentAnswerEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @PrimaryColumn({ type: 'text' })
  itemId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'smallint' })
  value!: number;

  @Column({ type: 'timestamptz' })
  answeredAt!: Date;
}
