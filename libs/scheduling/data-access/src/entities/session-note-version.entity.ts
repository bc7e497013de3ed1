import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One version of a session note as written: kept, never updated (the database refuses it). */
@Entity({ name: 'session_note_version' })
export class SessionNoteVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  noteId!: string;

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
