import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MessageKind } from '@passerelle/notifier/domain';

/** A message as it also shows in the person's notification list in the console. */
@Entity({ name: 'in_app_notification' })
@Index('in_app_notification_account', ['accountId', 'createdAt'])
@Index('in_app_notification_candidate', ['candidateId'])
export class InAppNotificationEntity {
  /** The outgoing message's id: one entry per message. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @Column({ type: 'uuid', nullable: true })
  candidateId!: string | null;

  @Column({ type: 'text' })
  kind!: MessageKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
