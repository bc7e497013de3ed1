import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import type { MessageAttachment } from '@passerelle/notifier/domain';

/** One message as the SMTP server receives it. */
export interface OutgoingMail {
  /** Becomes the Message-ID's left part: a resent message keeps its id, so a mail client sees one. */
  id: string;
  to: { address: string; name: string };
  subject: string;
  text: string;
  html: string;
  attachments: MessageAttachment[];
  /** A non-essential message's unsubscribe link: List-Unsubscribe, one-click (RFC 8058). */
  unsubscribeUrl: string | null;
}

/** Why a send failed, as the SMTP client reported it. */
export interface TransportFailure {
  responseCode?: number;
  message: string;
}

/**
 * nodemailer over SMTP_URL with a pool of open connections (NOTIFIER_SMTP_CONNECTIONS): messages
 * reuse connections instead of one handshake each, and several travel at once.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;
  private readonly from: string;
  private readonly domain: string;

  constructor(@Inject(SERVICE_CONFIG) config: NotifierConfig) {
    this.transporter = createTransport({
      url: config.SMTP_URL,
      pool: true,
      maxConnections: config.NOTIFIER_SMTP_CONNECTIONS,
      maxMessages: Infinity,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof createTransport>[0]);
    this.from = config.MAIL_FROM;
    this.domain = /@([^>\s]+)>?\s*$/.exec(config.MAIL_FROM)?.[1] ?? 'passerelle.local';
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: { address: mail.to.address, name: mail.to.name },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.id}@${this.domain}>`,
      ...(mail.unsubscribeUrl
        ? {
            list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'unsubscribe' } },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
      attachments: mail.attachments.map((attachment) => ({
        filename: attachment.filename,
        content: attachment.content,
        contentType: attachment.contentType,
      })),
    });
  }

  /** After the sender loop stopped (its beforeApplicationShutdown): no send is cut off mid-batch. */
  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
