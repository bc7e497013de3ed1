import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * People who asked to be forgotten: an id and the time only, so that an event about them arriving
 * after the erasure from another topic (identity's invitation, issued before the erasure and read
 * after it) writes and sends nothing.
 */
@Entity({ name: 'erased_candidate' })
export class ErasedCandidateEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'timestamptz' })
  erasedAt!: Date;
}
