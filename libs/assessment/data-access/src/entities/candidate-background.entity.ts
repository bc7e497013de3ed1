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

  /** Set when the code is matching's answer: 'automatic' (withdrawable) or 'confirmed' by the coach. */
  @Column({ type: 'text', nullable: true })
  resolvedOccupationHow?: 'automatic' | 'confirmed' | null;

  /** When matching gave (or withdrew) its answer: an older answer or withdrawal arriving late changes nothing. */
  @Column({ type: 'timestamptz', nullable: true })
  resolvedOccupationAt?: Date | null;
}
