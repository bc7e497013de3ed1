import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

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
