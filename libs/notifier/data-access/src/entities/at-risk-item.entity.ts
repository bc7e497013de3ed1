import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Urgency } from '@passerelle/notifier/domain';

/** A CandidateAtRisk waiting for the coach's next digest; removed once in one. */
@Entity({ name: 'at_risk_item' })
@Index('at_risk_item_coach', ['coachId'])
@Index('at_risk_item_candidate', ['candidateId'])
export class AtRiskItemEntity {
  /** The event's id: a redelivery adds nothing. */
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'text' })
  urgency!: Urgency;

  @Column({ type: 'text', array: true })
  reasons!: string[];

  @Column({ type: 'timestamptz' })
  detectedAt!: Date;
}
