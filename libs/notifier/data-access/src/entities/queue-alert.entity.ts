import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Ops already heard that this person waits for a coach: once per person. */
@Entity({ name: 'queue_alert' })
export class QueueAlertEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'timestamptz' })
  alertedAt!: Date;
}
