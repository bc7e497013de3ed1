import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type DirectorySubjectKind = 'office' | 'room' | 'coach' | 'session';
export type DirectoryChangeAction =
  | 'updated'
  | 'deactivated'
  | 'reactivated'
  | 'coach_change_proposed'
  | 'coach_change_accepted'
  | 'coach_change_declined'
  | 'cancelled_for_deactivation';

/** Who changed what in the directory: the fields' names, never their values. */
@Entity({ name: 'directory_change' })
@Index('directory_change_subject', ['subjectId', 'changedAt'])
export class DirectoryChangeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  subjectKind!: DirectorySubjectKind;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  action!: DirectoryChangeAction;

  @Column({ type: 'text', array: true })
  fields!: string[];

  /** The token subject of who changed it. */
  @Column({ type: 'text' })
  changedBy!: string;

  @Column({ type: 'text' })
  changedByRole!: string;

  @Column({ type: 'timestamptz' })
  changedAt!: Date;
}
