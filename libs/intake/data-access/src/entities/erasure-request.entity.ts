import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The person asked for everything about them to be erased. One per person (asking again changes
 * nothing); it lasts until ops erase them, which deletes it with the rest of their data.
 */
@Entity({ name: 'erasure_request' })
@Index('erasure_request_programme', ['programmeId'])
export class ErasureRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;
}
