import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Read by its author, refused to someone else, or handed to the person in their data export. */
export type SessionNoteReadOutcome = 'read' | 'refused' | 'exported';

/** Who read a confidential note, or was refused it, and when: written before the note is answered. */
@Entity({ name: 'session_note_read' })
@Check('session_note_read_outcome_check', `"outcome" IN ('read', 'refused', 'exported')`)
@Index('session_note_read_candidate', ['candidateId', 'readAt'])
export class SessionNoteReadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  noteId!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  /** The token subject of the reader. */
  @Column({ type: 'text' })
  readerSubject!: string;

  @Column({ type: 'text' })
  readerRole!: string;

  @Column({ type: 'text' })
  outcome!: SessionNoteReadOutcome;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}
