import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the assessment service knows of a person from intake's event: the former occupation. */
@Entity({ name: 'candidate_background' })
export class CandidateBackgroundEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text', nullable: true })
  formerOccupationCode!: string | null;

  @Column({ type: 'text', array: true })
  languages!: string[];
}
