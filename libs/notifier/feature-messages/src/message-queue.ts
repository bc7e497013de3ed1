import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { uuidV7 } from '@passerelle/shared/messaging';
import {
  addressing,
  channelPlan,
  dedupeKey,
  isEssential,
  NO_CONSENT_RECORDED,
  NO_PREFERENCES,
  signUnsubscribeToken,
  type ChannelPlan,
  type MessageKind,
  type Recipient,
  type RenderContext,
  type RenderedMessage,
  type SkipReason,
} from '@passerelle/notifier/domain';
import {
  OutgoingMessageRepository,
  RecipientChoicesRepository,
  type InAppNotificationEntity,
  type NewOutgoingMessage,
} from '@passerelle/notifier/data-access';
import { SmsContactDirectory } from './sms-contact-directory';

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
 * The unit every use case writes through: decides whether each message may go and by which
 * channels (notifier/domain's addressing and channel plan, with the person's choices and the
 * consents intake announced), renders it in the recipient's language, and queues it (an email, a
 * text when one is due) with its in-app entry in the caller's transaction. The sender delivers
 * them later; nothing here talks to SMTP or the SMS provider.
 */
@Injectable()
export class MessageQueue {
  constructor(
    private readonly messages: OutgoingMessageRepository,
    private readonly choices: RecipientChoicesRepository,
    private readonly smsContacts: SmsContactDirectory,
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
  /**
   * Erased people among these: a message to or about one of
   * them is neither written nor sent; an event about them may arrive after their erasure from another
   * topic (identity's invitation, issued before the erasure, read after notifier's own copy of it).
   */
  erasedAmong(manager: EntityManager, candidateIds: readonly string[]): Promise<Set<string>> {
    return this.messages.erasedAmong(manager, candidateIds);
  }

  async write(manager: EntityManager, all: readonly Delivery[], now: Date): Promise<number> {
    const about = (delivery: Delivery) =>
      [
        delivery.candidateId,
        delivery.recipient?.role === 'candidate' ? delivery.recipient.candidateId : null,
      ].filter((id): id is string => typeof id === 'string');
    const erased = await this.erasedAmong(manager, all.flatMap(about));
    const deliveries = all.filter((delivery) => !about(delivery).some((id) => erased.has(id)));
    const rows: NewOutgoingMessage[] = [];
    const entries = new Map<string, InAppNotificationEntity>();
    const { preferences: chosen, consents: consented } = await this.choices.of(
      manager,
      deliveries.flatMap((delivery) => delivery.recipient?.accountId ?? []),
      deliveries.flatMap(({ recipient }) => (recipient?.role === 'candidate' && recipient.candidateId) || []),
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
        (recipient.role === 'candidate' && recipient.candidateId && consented.get(recipient.candidateId)) ||
          NO_CONSENT_RECORDED,
      );
      const context = this.contextFor(recipient, delivery.kind);
      const message = delivery.render(context, recipient);
      rows.push(
        plan.email.send === 'never'
          ? { ...base, content: { skipped: plan.email.reason } }
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
      const text = await this.textFor(plan, recipient, message);
      if (text) {
        const key = dedupeKey(delivery.sourceId, recipient.accountId, delivery.kind, 'sms');
        rows.push({ ...base, id: uuidV7(now.getTime()), dedupeKey: key, ...text });
      }
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
    const written = await this.messages.queue(manager, rows, now, [...entries.values()]);
    return written.length;
  }

  /**
   * The text beside the email, when the plan has one: written with the number intake gives now
   * (consent to texts is checked there again), or recorded as skipped with why. Never silently
   * dropped, never sent some other way.
   */
  private async textFor(
    plan: ChannelPlan,
    recipient: Recipient,
    message: RenderedMessage,
  ): Promise<Pick<NewOutgoingMessage, 'channel' | 'content'> | null> {
    if (!plan.sms || !message.sms || !recipient.candidateId) return null;
    const skipped = (reason: SkipReason) => ({ channel: 'sms' as const, content: { skipped: reason } });
    if (plan.sms.send === 'never') return skipped(plan.sms.reason);
    if (this.config.SMS_PROVIDER === 'off') return skipped('sms_off');
    const mobile = await this.smsContacts.mobileOf(recipient.candidateId);
    if (!mobile) return skipped('no_sms_consent');
    return {
      channel: 'sms',
      content: {
        toAddress: mobile,
        toName: recipient.displayName,
        subject: message.subject,
        textBody: message.sms,
        htmlBody: null,
        attachments: [],
        notBefore: plan.sms.send === 'at' ? plan.sms.at : null,
        unsubscribeUrl: null,
      },
    };
  }
}
