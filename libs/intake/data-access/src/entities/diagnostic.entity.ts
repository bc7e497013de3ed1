import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';

export type DiagnosticStatus = 'in_progress' | 'submitted';
export type TrackSource = 'rules' | 'coach_override';
/** An answer as the domain reads it: a choice, several, a number or a list of language codes. */
export type StoredAnswer = string | number | string[];

/**
 * A person's diagnostic: answers saved as they go, then submitted and oriented. The answers are
 * confidential (never shown to a sponsor, audited when read); the orientation travels as an event.
 */
@Entity({ name: 'diagnostic' })
export class DiagnosticEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', unique: true })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'text' })
  questionnaireVersion!: string;

  @Column({ type: 'jsonb' })
  answers!: Record<string, StoredAnswer>;

  @Column({ type: 'text' })
  status!: DiagnosticStatus;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** The track the rules gave, kept when a coach overrides it. */
  @Column({ type: 'text', nullable: true })
  rulesTrack!: Track | null;

  @Column({ type: 'text', nullable: true })
  track!: Track | null;

  @Column({ type: 'text', nullable: true })
  trackSource!: TrackSource | null;

  @Column({ type: 'text', array: true })
  reasonCodes!: string[];

  @Column({ type: 'boolean' })
  distressFlag!: boolean;

  @Column({ type: 'text', array: true })
  distressCodes!: string[];
}

/** A coach changed a person's track: who, when, from, to and why. Never updated, never deleted but by erasure. */
@Entity({ name: 'track_override' })
@Index('track_override_candidate', ['candidateId'])
export class TrackOverrideEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  diagnosticId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  coachId!: string;

  @Column({ type: 'text' })
  actorSubject!: string;

  @Column({ type: 'text' })
  fromTrack!: Track;

  @Column({ type: 'text' })
  toTrack!: Track;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz' })
  overriddenAt!: Date;
}
