import { Column, Entity, PrimaryColumn } from 'typeorm';

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
