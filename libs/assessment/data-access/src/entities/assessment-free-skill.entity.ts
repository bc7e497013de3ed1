import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

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
