import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ConsentPurpose = 'privacy_notice' | 'sms_reminders';

/**
 * A person's consent in force per purpose, as intake's ConsentRecorded events told it: a yes or a
 * no and when, never the number (intake keeps that, decision 0018).
 */
@Entity({ name: 'recipient_consent' })
export class RecipientConsentEntity {
  @PrimaryColumn({ type: 'uuid' })
  candidateId!: string;

  @PrimaryColumn({ type: 'text' })
  purpose!: ConsentPurpose;

  @Column({ type: 'boolean' })
  granted!: boolean;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}
