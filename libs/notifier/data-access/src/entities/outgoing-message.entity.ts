import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MessageAttachment, MessageKind, SkipReason } from '@passerelle/notifier/domain';

export type OutgoingMessageStatus = 'pending' | 'sent' | 'parked' | 'skipped';
/** How a message travels: by email (SMTP), or as a text through the SMS provider. */
export type MessageChannel = 'email' | 'sms';

/**
 * One message to one person, written in the transaction of the event that asked for it and sent
 * later by the sender. The dedupe key (event, recipient, kind) is unique, so an event delivered
 * twice writes one message. Once sent, the address and bodies are cleared: what stays is the
 * delivery log (who, what kind, when), not the content.
 */
@Entity({ name: 'outgoing_message' })
@Index('outgoing_message_dedupe_key', ['dedupeKey'], { unique: true })
@Index('outgoing_message_due', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Index('outgoing_message_parked', ['parkedAt'], { where: `"status" = 'parked'` })
@Index('outgoing_message_candidate', ['candidateId'])
export class OutgoingMessageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  dedupeKey!: string;

  @Column({ type: 'text' })
  kind!: MessageKind;

  @Column({ type: 'text' })
  channel!: MessageChannel;

  @Column({ type: 'text' })
  status!: OutgoingMessageStatus;

  /** Identity's account; null when nobody could be found (status skipped). */
  @Column({ type: 'uuid', nullable: true })
  recipientAccountId!: string | null;

  /** The person the message is for or about, so their erasure finds it. */
  @Column({ type: 'uuid', nullable: true })
  candidateId!: string | null;

  /** The recipient's offices: ops see the parked messages of their offices. */
  @Column({ type: 'uuid', array: true })
  officeIds!: string[];

  /** An email address, or for a text the mobile number (E.164). */
  @Column({ type: 'text', nullable: true })
  toAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  toName!: string | null;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  textBody!: string | null;

  @Column({ type: 'text', nullable: true })
  htmlBody!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  attachments!: MessageAttachment[] | null;

  @Column({ type: 'text', nullable: true })
  skipReason!: SkipReason | null;

  /** A non-essential email's signed unsubscribe link, sent as List-Unsubscribe (RFC 8058). */
  @Column({ type: 'text', nullable: true })
  unsubscribeUrl!: string | null;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  parkedAt!: Date | null;
}
