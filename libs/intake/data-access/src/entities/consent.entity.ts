import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ConsentPurpose = 'privacy_notice' | 'sms_reminders';

/**
 * Consent as the person gave or withdrew it, for one purpose and the version of the notice in
 * force. Append-only: the latest row of a purpose is the one in force.
 */
@Entity({ name: 'consent' })
@Index('consent_candidate', ['candidateId'])
export class ConsentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'text' })
  purpose!: ConsentPurpose;

  @Column({ type: 'text' })
  noticeVersion!: string;

  /** For `sms_reminders` granted: the number (E.164) the person agreed to be texted at. */
  @Column({ type: 'text', nullable: true })
  mobile!: string | null;

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
