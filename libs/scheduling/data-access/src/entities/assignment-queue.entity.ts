import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssignmentExplanation, UnassignedReason } from '@passerelle/scheduling/domain';

/** People no coach fits, waiting for ops: nobody is silently left without a coach. */
@Entity({ name: 'assignment_queue' })
export class AssignmentQueueEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'text' })
  reasonCode!: UnassignedReason;

  @Column({ type: 'jsonb' })
  explanation!: AssignmentExplanation;

  @Column({ type: 'timestamptz' })
  queuedAt!: Date;
}
