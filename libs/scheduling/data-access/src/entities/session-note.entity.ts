import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { SessionEntity } from './session.entity';
import type { SessionNoteType } from '@passerelle/scheduling/domain';

/**
 * A coach's confidential note, or the summary with next steps, about one person of one session.
 * What it says is in its versions (`SessionNoteVersionEntity`); this row points at the current one.
 */
@Entity({ name: 'session_note' })
@Check('session_note_type_check', `"type" IN ('confidential', 'summary')`)
@Unique('session_note_one_per_person', ['sessionId', 'candidateId', 'type'])
@Index('session_note_candidate', ['candidateId'])
export class SessionNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  /** A note belongs to a session that exists (no cascade: sessions are never deleted under notes). */
  @ManyToOne(() => SessionEntity)
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'session_note_session_id_fkey' })
  session?: SessionEntity;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  type!: SessionNoteType;

  /** The session's coach, who wrote it and alone amends it. */
  @Column({ type: 'uuid' })
  authorCoachId!: string;

  @Column({ type: 'integer' })
  currentVersion!: number;

  /** A summary: the version the person acknowledged, and when. */
  @Column({ type: 'integer', nullable: true })
  acknowledgedVersion!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
