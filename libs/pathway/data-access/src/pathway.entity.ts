import { Column, Entity, PrimaryColumn } from 'typeorm';

export const PATHWAY_STATUSES = ['draft', 'planned', 'completed'] as const;
export type PathwayStatus = (typeof PATHWAY_STATUSES)[number];

/** A person's plan: a draft from enrolment, a full plan once diagnosed (pathway issue). */
@Entity({ name: 'pathway' })
export class PathwayEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', unique: true })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  status!: PathwayStatus;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
