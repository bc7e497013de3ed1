import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';

export const HISTORY_ACTIONS = [
  'drafted',
  'planned',
  'replanned',
  'plan_refused',
  'milestone_added',
  'milestone_removed',
  'milestones_reordered',
  'milestone_redated',
  'milestone_completed',
  'completed',
  'paused',
  'resumed',
  'held',
  'redated_for_terms',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** The audit trail of a plan: who changed what, when and why. */
@Entity({ name: 'pathway_history' })
@Index('pathway_history_pathway_id_at', ['pathwayId', 'at'])
export class PathwayHistoryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  pathwayId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** Insertion order: entries of one transaction share their instant, and must still read in order. */
  @Column({ type: 'bigint', insert: false, update: false })
  @Generated('increment')
  seq!: string;

  /** `system`, or the subject of the coach or ops member who acted. */
  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text' })
  action!: HistoryAction;

  @Column({ type: 'uuid', nullable: true })
  milestoneId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb' })
  details!: object;
}
