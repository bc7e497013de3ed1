import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CandidateStatus } from '@passerelle/shared/contracts';

/**
 * A service's local copy of who a person is for access decisions: programme, sponsor, offices,
 * coach, and where they stand in their programme (their lifecycle status). Built from events, so a service never calls another to authorise a request.
 */
@Entity({ name: 'candidate_scope' })
export class CandidateScopeEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'uuid' })
  sponsorId!: string;

  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  coachId!: string | null;

  @Column({ type: 'timestamptz' })
  enrolledAt!: Date;

  @Column({ type: 'text', default: 'invited' })
  status!: CandidateStatus;

  /** When the status in force was decided; an older change arriving late is ignored. */
  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;
}
