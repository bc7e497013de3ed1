import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A person waiting for a seat in a full group workshop; the earliest `joinedAt` is first. */
@Entity({ name: 'workshop_waiting_list' })
@Index('workshop_waiting_list_order', ['sessionId', 'joinedAt', 'candidateId'])
@Index('workshop_waiting_list_candidate', ['candidateId'])
export class WorkshopWaitingListEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'timestamptz' })
  joinedAt!: Date;
}
