import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const COACH_CHANGE_STATUSES = ['pending', 'accepted', 'declined', 'lapsed'] as const;
/** `lapsed`: accepted too late (the session had gone or the coach was no longer free). */
export type CoachChangeStatus = (typeof COACH_CHANGE_STATUSES)[number];

/**
 * Another coach offered for one person's session because its coach is leaving: the person accepts
 * (the session then changes coach) or declines (ops choose again). The latest proposal per session.
 */
@Entity({ name: 'coach_change_proposal' })
@Index('coach_change_proposal_candidate', ['candidateId'])
export class CoachChangeProposalEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  fromCoachId!: string;

  @Column({ type: 'uuid' })
  toCoachId!: string;

  @Column({ type: 'text' })
  status!: CoachChangeStatus;

  /** The token subject of the ops who proposed it. */
  @Column({ type: 'text' })
  proposedBy!: string;

  @Column({ type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
