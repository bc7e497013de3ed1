import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { SelectionReason } from '@passerelle/career/domain';
import { InterviewPracticeSessionEntity } from './interview-practice-session.entity';

/** One question of a practice session, in the order it is asked. */
@Entity({ name: 'interview_practice_question' })
@Check('interview_practice_question_reason_check', `"reason" IN ('general', 'occupation', 'behavioural')`)
@Unique('interview_practice_question_once', ['sessionId', 'questionId'])
export class InterviewPracticeQuestionEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  /** Erased with its session. */
  @ManyToOne(() => InterviewPracticeSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'interview_practice_question_session_id_fkey' })
  session?: InterviewPracticeSessionEntity;

  /** 1 for the first question asked. */
  @PrimaryColumn({ type: 'integer' })
  position!: number;

  /** The bank's question id (`interview-questions.ts`). */
  @Column({ type: 'text' })
  questionId!: string;

  @Column({ type: 'text' })
  reason!: SelectionReason;

  /** The offer's skills that put it first in its group. */
  @Column({ type: 'text', array: true })
  matchedSkills!: string[];
}
