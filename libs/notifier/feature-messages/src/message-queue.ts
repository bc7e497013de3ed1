import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { uuidV7 } from '@passerelle/shared/messaging';
import {
  addressing,
  channelPlan,
  dedupeKey,
  isEssential,
  NO_PREFERENCES,
  signUnsubscribeToken,
  type MessageKind,
  type Recipient,
  type RenderContext,
  type RenderedMessage,
  type SkipReason,
} from '@passerelle/notifier/domain';
import {
  InAppNotificationRepository,
  OutgoingMessageRepository,
  PreferenceRepository,
  type InAppNotificationEntity,
  type NewOutgoingMessage,
} from '@passerelle/notifier/data-access';

/** One message a use case asks for: to whom, of what kind, because of what, and how it reads. */
export interface Delivery {
  kind: MessageKind;
  /** The event (or digest run) it comes from: with the recipient and kind, its dedupe key. */
  sourceId: string;
  /** The person it is for or about, so their erasure finds it. */
  candidateId: string | null;
  /** Null when the directory knew nobody: recorded as skipped. */
  recipient: Recipient | null;
  /** Who was looked up, for the dedupe key of a skip (`candidate:<id>`, `account:<id>`). */
  lookedUp: string;
  /** A reason known before addressing (an invitation link that is gone). */
  skip?: SkipReason;
  render(context: RenderContext, recipient: Recipient): RenderedMessage;
}

/** Kinds that never show in the console's list: a way in is for the mailbox only. */
const MAIL_ONLY: ReadonlySet<MessageKind> = new Set(['invitation', 'sign_in_link']);

/**
 * The unit every use case writes through: decides whether each message may go (notifier/domain's
 * addressing), renders it in the recipient's language, and queues it with its in-app entry in the
 * caller's transaction. The sender delivers it later; nothing here talks to SMTP.
 */
@Injectable()
export class MessageQueue {
  constructor(
    private readonly messages: OutgoingMessageRepository,
    private readonly inApp: InAppNotificationRepository,
    private readonly preferences: PreferenceRepository,
    @Inject(SERVICE_CONFIG) private readonly config: NotifierConfig,
  ) {}

  /** How a message to `recipient` is written; a non-essential kind carries its unsubscribe link. */
  contextFor(recipient: Recipient, kind?: MessageKind): RenderContext {
    return {
      language: recipient.language,
      displayName: recipient.displayName,
      consoleUrl: this.config.CONSOLE_URL.replace(/\/$/, ''),
      timeZone: this.config.NOTIFIER_TIME_ZONE,
      unsubscribeUrl: kind && !isEssential(kind) ? this.unsubscribeUrl(recipient.accountId, kind) : null,
    };
  }

  private unsubscribeUrl(accountId: string, kind: MessageKind): string {
    const token = signUnsubscribeToken(accountId, kind, this.config.INTERNAL_IDENTITY_SECRET);
    return `${this.config.NOTIFIER_PUBLIC_URL.replace(/\/$/, '')}/unsubscribe/${token}`;
  }

  /** Queues the deliveries; returns how many messages are new (a redelivery queues none). */
  async write(manager: EntityManager, deliveries: readonly Delivery[], now: Date): Promise<number> {
    const rows: NewOutgoingMessage[] = [];
    const entries = new Map<string, InAppNotificationEntity>();
    const chosen = await this.preferences.forAccounts(
      manager,
      deliveries.flatMap((delivery) => delivery.recipient?.accountId ?? []),
    );
    for (const delivery of deliveries) {
      const decision = delivery.skip
        ? { send: false as const, reason: delivery.skip }
        : addressing(delivery.recipient);
      const recipient = delivery.recipient;
      const id = uuidV7(now.getTime());
      const base = {
        id,
        dedupeKey: dedupeKey(delivery.sourceId, recipient?.accountId ?? delivery.lookedUp, delivery.kind),
        kind: delivery.kind,
        recipientAccountId: recipient?.accountId ?? null,
        candidateId: delivery.candidateId,
        officeIds: recipient?.officeIds ?? [],
      };
      if (!decision.send || !recipient) {
        rows.push({ ...base, content: { skipped: decision.send ? 'recipient_unknown' : decision.reason } });
        continue;
      }
      const plan = channelPlan(
        delivery.kind,
        chosen.get(recipient.accountId) ?? NO_PREFERENCES,
        now,
        this.config.NOTIFIER_TIME_ZONE,
      );
      const context = this.contextFor(recipient, delivery.kind);
      const message = delivery.render(context, recipient);
      rows.push(
        plan.email.send === 'never'
          ? { ...base, content: { skipped: 'unsubscribed' } }
          : {
              ...base,
              content: {
                toAddress: recipient.email,
                toName: recipient.displayName,
                subject: message.subject,
                textBody: message.text,
                htmlBody: message.html,
                attachments: message.attachments,
                notBefore: plan.email.send === 'at' ? plan.email.at : null,
                unsubscribeUrl: context.unsubscribeUrl ?? null,
              },
            },
      );
      if (plan.inApp && !MAIL_ONLY.has(delivery.kind)) {
        entries.set(id, {
          id,
          accountId: recipient.accountId,
          candidateId: delivery.candidateId,
          kind: delivery.kind,
          title: message.subject,
          body: message.summary,
          createdAt: now,
          readAt: null,
        });
      }
    }
    const written = await this.messages.queue(manager, rows, now);
    await this.inApp.add(
      manager,
      written.flatMap((id) => entries.get(id) ?? []),
    );
    return written.length;
  }
}
