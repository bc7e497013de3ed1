import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The development SMS provider's inbox (`SMS_PROVIDER=sink`): each text "delivered", as a phone
 * would receive it, for tests and the demo to read. Outside the delivery log on purpose: it plays
 * the phone network, so the person's erasure does not reach it (as it does not reach Mailpit).
 */
@Entity({ name: 'sms_sink' })
export class SmsSinkEntity {
  /** The outgoing message's id: a resent text lands once. */
  @PrimaryColumn({ type: 'uuid' })
  messageId!: string;

  @Column({ type: 'text' })
  toNumber!: string;

  @Column({ type: 'text' })
  sender!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;
}
