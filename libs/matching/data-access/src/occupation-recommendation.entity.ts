import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Proximity } from '@passerelle/matching/domain';

/** A ranked target occupation for a person, with why it fits. */
@Entity({ name: 'occupation_recommendation' })
@Index('occupation_recommendation_candidate', ['candidateId'])
@Index('occupation_recommendation_occupation', ['occupationCode'])
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

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'text' })
  proximity!: Proximity;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ type: 'text', default: '' })
  explanationEn!: string;

  /** Target entry level minus the person's; null when either is unknown (see qualification-level.ts). */
  @Column({ type: 'smallint', nullable: true })
  levelStep!: number | null;

  @Column({ type: 'text', array: true })
  sharedSkillCodes!: string[];

  @Column({ type: 'text', array: true })
  missingSkillCodes!: string[];

  @Column({ type: 'integer', nullable: true })
  mobilityOrder!: number | null;

  /** The score's parts (skills, mobility, interests, demand), each 0..1 or null when unknown. */
  @Column({ type: 'jsonb' })
  components!: Record<string, number | null>;
}
