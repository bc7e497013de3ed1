import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Who read confidential material (results, coach notes, reports) and when. */
@Entity({ name: 'confidential_read' })
@Index('confidential_read_candidate', ['candidateId'])
export class ConfidentialReadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  assessmentId!: string;

  /** `coach_notes`, `results` or `report`. */
  @Column({ type: 'text' })
  what!: string;

  @Column({ type: 'text' })
  readerRole!: string;

  @Column({ type: 'text' })
  readerSubject!: string;

  @Column({ type: 'timestamptz' })
  readAt!: Date;
}
