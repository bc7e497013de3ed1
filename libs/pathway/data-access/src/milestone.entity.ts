import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SessionKind } from '@passerelle/shared/contracts';
import type { MilestoneKind, MilestoneStatus, PathwayPhase } from '@passerelle/pathway/domain';

/** template: planned from the track's template; coach: added by a coach; career: added for career's events (a training milestone). */
export const MILESTONE_ORIGINS = ['template', 'coach', 'career'] as const;
export type MilestoneOrigin = (typeof MILESTONE_ORIGINS)[number];

/** One step of a person's plan. Removed milestones are kept (removed_at) so the history holds. */
@Entity({ name: 'milestone' })
@Index('milestone_pathway_id_position', ['pathwayId', 'position'])
export class MilestoneEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  pathwayId!: string;

  /** The template milestone it came from (`career:project`, `career:training` for career's); null for one the coach added. */
  @Column({ type: 'text', nullable: true })
  templateKey!: string | null;

  @Column({ type: 'text' })
  origin!: MilestoneOrigin;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  phase!: PathwayPhase;

  @Column({ type: 'text' })
  kind!: MilestoneKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', nullable: true })
  sessionKind!: SessionKind | null;

  @Column({ type: 'text', nullable: true })
  instrumentCode!: string | null;

  @Column({ type: 'uuid', array: true })
  dependsOn!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  // Progress, derived from the facts.
  @Column({ type: 'text' })
  status!: MilestoneStatus;

  @Column({ type: 'timestamptz', nullable: true })
  reachedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  causeEventId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  bookedSessionId!: string | null;

  @Column({ type: 'int' })
  noShows!: number;

  /** When MilestoneReached was emitted for it: once per milestone, however often progress is derived. */
  @Column({ type: 'timestamptz', nullable: true })
  announcedAt!: Date | null;
}

/** The state of a milestone just planned or added: open, untouched by any fact. */
export const NEW_MILESTONE_STATE = {
  removedAt: null,
  status: 'open',
  reachedAt: null,
  causeEventId: null,
  bookedSessionId: null,
  noShows: 0,
  announcedAt: null,
} as const satisfies Partial<MilestoneEntity>;
