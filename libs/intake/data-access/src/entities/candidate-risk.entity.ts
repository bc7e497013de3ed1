import { Column, Entity, PrimaryColumn } from 'typeorm';

export type RiskUrgency = 'immediate' | 'high' | 'normal';

/**
 * Pathway's word on a person at risk (CandidateAtRisk, until CandidateRiskCleared), kept here so
 * the people list filters and shows it in its one query. The reasons stay with pathway.
 */
@Entity({ name: 'candidate_risk' })
export class CandidateRiskEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  urgency!: RiskUrgency;

  @Column({ type: 'timestamptz' })
  detectedAt!: Date;
}
