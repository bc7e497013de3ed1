import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An instrument (RIASEC, skills inventory, work values) assigned to a person. */
@Entity({ name: 'assessment' })
@Index('assessment_candidate', ['candidateId'])
export class AssessmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  instrumentCode!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;
}
