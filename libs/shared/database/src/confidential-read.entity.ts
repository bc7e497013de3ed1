import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every read of confidential content, in each service that holds some: who read whose what, when.
 * Intake logs diagnostic answers and data exports; assessment logs results, coach notes and
 * reports, naming the assessment read in `aboutId`. One shape, so an audit reads them alike.
 */
@Entity({ name: 'confidential_read' })
@Index('confidential_read_candidate', ['candidateId'])
export class ConfidentialReadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  /** What was read: `diagnostic_answers`, `data_export`, `results`, `coach_notes`, `report`... */
  @Column({ type: 'text' })
  what!: string;

  /** The record read, when there are several of that kind (an assessment); null otherwise. */
  @Column({ type: 'uuid', nullable: true })
  aboutId!: string | null;

  @Column({ type: 'text' })
  readerSubject!: string;

  @Column({ type: 'text' })
  readerRole!: string;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}
