import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * People who asked to be forgotten: an id only, so that a fact about them arriving after the
 * erasure (events can arrive in any order) is dropped instead of starting a new pathway.
 */
@Entity({ name: 'erased_candidate' })
export class ErasedCandidateEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'timestamptz' })
  erasedAt!: Date;
}
