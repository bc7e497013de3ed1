import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A service's local copy of who a person is for access decisions: programme, sponsor, offices and
 * coach. Built from events, so a service never calls another to authorise a request.
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
}
