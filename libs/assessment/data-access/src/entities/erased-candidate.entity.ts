import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * People who asked to be forgotten: an id and the time only, so that a fact about them arriving
 * after the erasure from another topic (matching's resolved title or suggestions, pathway's plan,
 * a consent) is dropped instead of bringing the person back.
 */
@Entity({ name: 'erased_candidate' })
export class ErasedCandidateEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'timestamptz' })
  erasedAt!: Date;
}
