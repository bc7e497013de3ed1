import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SessionNoteEntity } from './session-note.entity';

/** One version of a session note as written: kept, never updated (the database refuses it). */
@Entity({ name: 'session_note_version' })
export class SessionNoteVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  noteId!: string;

  /** Deleted with its note (erasure). */
  @ManyToOne(() => SessionNoteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'note_id', foreignKeyConstraintName: 'session_note_version_note_id_fkey' })
  note?: SessionNoteEntity;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  text!: string;

  /** A summary's next steps; null for a confidential note. */
  @Column({ type: 'text', nullable: true })
  nextSteps!: string | null;

  /** Why it was amended; null for the first version. */
  @Column({ type: 'text', nullable: true })
  amendReason!: string | null;

  /** The token subject of who wrote it. */
  @Column({ type: 'text' })
  writtenBy!: string;

  @Column({ type: 'uuid' })
  writtenByCoachId!: string;

  @Column({ type: 'timestamptz' })
  writtenAt!: Date;
}
