import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A practice session: the questions drawn for one person (in `InterviewPracticeQuestionEntity`),
 * generally or for an application or target occupations, with what they were drawn from.
 */
@Entity({ name: 'interview_practice_session' })
@Check('interview_practice_session_role_check', `"started_by_role" IN ('candidate', 'coach')`)
@Index('interview_practice_session_candidate', ['candidateId', 'startedAt'])
export class InterviewPracticeSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  /** The application it prepares for, if any. */
  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  /** ROME codes aimed at: their grand domains chose the occupation questions. */
  @Column({ type: 'text', array: true })
  occupationCodes!: string[];

  /** The offer's skills the questions were matched against. */
  @Column({ type: 'text', array: true })
  offerSkills!: string[];

  /** `INTERVIEW_QUESTION_BANK_VERSION` when the questions were drawn. */
  @Column({ type: 'text' })
  bankVersion!: string;

  /** The token subject of who started it. */
  @Column({ type: 'text' })
  startedBy!: string;

  @Column({ type: 'text' })
  startedByRole!: 'candidate' | 'coach';

  @Column({ type: 'timestamptz' })
  startedAt!: Date;
}
