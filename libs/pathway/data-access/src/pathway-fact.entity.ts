import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PathwayFact } from '@passerelle/pathway/domain';

/**
 * Every fact the pathway service learned about a person (sessions, assessments, outcomes, a coach
 * marking a task done), kept whether or not a plan exists yet: progress is derived from all of them
 * in the order they happened, so a fact that arrives before its milestone is applied when it exists.
 */
@Entity({ name: 'pathway_fact' })
export class PathwayFactEntity {
  /** The event that told it (or a fresh id for a coach's action). */
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @Index('pathway_fact_candidate_id')
  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  type!: PathwayFact['type'];

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'jsonb' })
  fact!: PathwayFact;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;
}
