import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AssessmentResult, InstrumentKind } from '@passerelle/assessment/domain';

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
