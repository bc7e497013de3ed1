import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AssessmentResult, InstrumentKind } from '@passerelle/assessment/domain';

/** The ROME skills a skills-inventory session asks about, chosen for this person at assignment. */
@Entity({ name: 'assessment_skill_item' })
@Index('assessment_skill_item_candidate', ['candidateId'])
export class AssessmentSkillItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @PrimaryColumn({ type: 'text' })
  skillCode!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  occupationCode!: string;

  @Column({ type: 'integer' })
  position!: number;
}

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

/** A skill the person named that the taxonomy lacks, kept as they wrote it. */
@Entity({ name: 'assessment_free_skill' })
@Index('assessment_free_skill_candidate', ['candidateId'])
export class AssessmentFreeSkillEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'smallint' })
  rating!: number;
}

/** The scored result of a submitted session (confidential: never shown to a sponsor). */
@Entity({ name: 'assessment_profile' })
@Index('assessment_profile_candidate', ['candidateId'])
export class AssessmentProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  kind!: InstrumentKind;

  @Column({ type: 'text', nullable: true })
  hollandCode!: string | null;

  /** The domain library's AssessmentResult, as scored. */
  @Column({ type: 'jsonb' })
  result!: AssessmentResult;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}

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

/** Who read confidential material (results, coach notes, reports) and when. */
@Entity({ name: 'confidential_read' })
@Index('confidential_read_candidate', ['candidateId'])
export class ConfidentialReadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  assessmentId!: string;

  /** `coach_notes`, `results` or `report`. */
  @Column({ type: 'text' })
  what!: string;

  @Column({ type: 'text' })
  readerRole!: string;

  @Column({ type: 'text' })
  readerSubject!: string;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}

/** What the assessment service knows of a person from intake's event: the former occupation. */
@Entity({ name: 'candidate_background' })
export class CandidateBackgroundEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text', nullable: true })
  formerOccupationCode!: string | null;

  @Column({ type: 'text', array: true })
  languages!: string[];
}

/** Occupations matching suggested for a person (OccupationsRecommended), shown in the report. */
@Entity({ name: 'suggested_occupation' })
export class SuggestedOccupationEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @PrimaryColumn({ type: 'text' })
  occupationCode!: string;

  @Column({ type: 'integer' })
  rank!: number;

  @Column({ type: 'text' })
  proximity!: string;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
