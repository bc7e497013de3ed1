import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MessageKind } from '@passerelle/notifier/domain';

/** A person's choices (notifier/domain's preferences); none stored means everything, at any hour. */
@Entity({ name: 'notification_preference' })
@Index('notification_preference_candidate', ['candidateId'])
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId!: string;

  /** So the person's erasure finds it; null for staff. */
  @Column({ type: 'uuid', nullable: true })
  candidateId!: string | null;

  @Column({ type: 'text', array: true })
  mutedEmail!: MessageKind[];

  @Column({ type: 'text', array: true })
  mutedInApp!: MessageKind[];

  /** `HH:mm`, local wall time in the notifier's zone. */
  @Column({ type: 'text', nullable: true })
  quietStart!: string | null;

  @Column({ type: 'text', nullable: true })
  quietEnd!: string | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
