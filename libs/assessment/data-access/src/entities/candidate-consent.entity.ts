import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person's consent to the privacy notice in force, as intake's ConsentRecorded events told it (the
 * latest recordedAt wins): a withdrawn consent stops their assessments being answered or submitted.
 */
@Entity({ name: 'candidate_consent' })
export class CandidateConsentEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'boolean' })
  granted!: boolean;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
