import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Consent as the person gave or withdrew it, for one version of the notice. Append-only. */
@Entity({ name: 'consent' })
@Index('consent_candidate', ['candidateId'])
export class ConsentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  noticeVersion!: string;

  @Column({ type: 'boolean' })
  granted!: boolean;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}

/**
 * That a person was erased, and when: the only trace left, an id with no one behind it. It keeps
 * a late event (a coach assignment) from bringing anything of theirs back.
 */
@Entity({ name: 'candidate_erasure' })
export class CandidateErasureEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'timestamptz' })
  erasedAt!: Date;
}
