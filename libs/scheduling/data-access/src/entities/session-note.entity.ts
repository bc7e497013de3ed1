import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SessionNoteType } from '@passerelle/scheduling/domain';

/**
 * A coach's confidential note, or the summary with next steps, about one person of one session.
 * What it says is in its versions (`SessionNoteVersionEntity`); this row points at the current one.
 */
@Entity({ name: 'session_note' })
@Index('session_note_candidate', ['candidateId'])
export class SessionNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

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
