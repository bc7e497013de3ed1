import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A ranked target occupation for a person, with why it fits. */
@Entity({ name: 'occupation_recommendation' })
@Index('occupation_recommendation_candidate', ['candidateId'])
export class OccupationRecommendationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  occupationCode!: string;

  @Column({ type: 'integer' })
  rank!: number;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
