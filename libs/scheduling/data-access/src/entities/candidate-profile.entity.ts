import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Track } from '@passerelle/shared/contracts';

/** What assignment needs of a person, from CandidateEnrolled / CandidateDiagnosed: no identity. */
@Entity({ name: 'candidate_profile' })
export class CandidateProfileEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  /** Offices within the person's reach, as enrolled. */
  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', nullable: true })
  track!: Track | null;

  @Column({ type: 'integer', nullable: true })
  mobilityRadiusKm!: number | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
