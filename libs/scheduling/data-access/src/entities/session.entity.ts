import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SessionKind, SessionMode, WorkshopTopic } from '@passerelle/shared/contracts';
import type { CancelReason } from '@passerelle/scheduling/domain';

export const SESSION_STATUSES = ['booked', 'cancelled', 'completed', 'no_show'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A session with a coach: one person, or a group workshop with a seat limit. */
@Entity({ name: 'coaching_session' })
@Index('coaching_session_coach', ['coachId', 'startsAt'])
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  roomId!: string | null;

  @Column({ type: 'text' })
  kind!: SessionKind;

  @Column({ type: 'text' })
  mode!: SessionMode;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer' })
  seatLimit!: number;

  @Column({ type: 'text', nullable: true })
  videoLink!: string | null;

  /** Group workshops: the programmes whose people may take a seat (those of the people it was created with). */
  @Column({ type: 'uuid', array: true })
  openToProgrammeIds!: string[];

  /** Group workshops created with their details; null otherwise (and for workshops created before). */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  topic!: WorkshopTopic | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** ISO 639-1: the language the workshop is held in. */
  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'text' })
  status!: SessionStatus;

  @Column({ type: 'text', nullable: true })
  cancelReason!: CancelReason | null;

  /** Bumped on each change (the ICS SEQUENCE). */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
