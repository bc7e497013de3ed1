import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { PracticeAnswerStatus } from '@passerelle/career/domain';
import { InterviewPracticeSessionEntity } from './interview-practice-session.entity';

/**
 * The person's written answer to one question of a session, in the four STAR parts, saved as a
 * draft until submitted; then the coach's review (four scores from 1 to 4 and a comment).
 */
@Entity({ name: 'interview_practice_answer' })
@Check('interview_practice_answer_status_check', `"status" IN ('draft', 'submitted', 'reviewed')`)
@Check(
  'interview_practice_answer_scores_check',
  `"review_structure" BETWEEN 1 AND 4 AND "review_concreteness" BETWEEN 1 AND 4
          AND "review_result" BETWEEN 1 AND 4 AND "review_clarity" BETWEEN 1 AND 4`,
)
@Unique('interview_practice_answer_one_per_question', ['sessionId', 'questionId'])
@Index('interview_practice_answer_candidate', ['candidateId'])
export class InterviewPracticeAnswerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  /** Erased with its session. */
  @ManyToOne(() => InterviewPracticeSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'interview_practice_answer_session_id_fkey' })
  session?: InterviewPracticeSessionEntity;

  @Column({ type: 'text' })
  questionId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  status!: PracticeAnswerStatus;

  @Column({ type: 'text' })
  situation!: string;

  @Column({ type: 'text' })
  task!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  result!: string;

  @Column({ type: 'timestamptz' })
  savedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'smallint', nullable: true })
  reviewStructure!: number | null;

  @Column({ type: 'smallint', nullable: true })
  reviewConcreteness!: number | null;

  @Column({ type: 'smallint', nullable: true })
  reviewResult!: number | null;

  @Column({ type: 'smallint', nullable: true })
  reviewClarity!: number | null;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedByCoachId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}
