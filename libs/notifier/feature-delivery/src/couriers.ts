import { isPermanentSmtpCode } from '@passerelle/notifier/domain';
import type { MessageChannel, OutgoingMessageEntity } from '@passerelle/notifier/data-access';
import type { MailTransport, TransportFailure } from './mail-transport';
import { SmsFailure, type SmsProvider } from './sms-provider';

/** What carries one channel's messages, and which of its failures will not pass on retry. */
export interface Courier {
  channel: MessageChannel;
  send(message: OutgoingMessageEntity): Promise<void>;
  isPermanent(error: unknown): boolean;
}

export function mailCourier(transport: MailTransport): Courier {
  return {
    channel: 'email',
    send: (message) =>
      transport.send({
        id: message.id,
        to: { address: message.toAddress ?? '', name: message.toName ?? '' },
        subject: message.subject ?? '',
        text: message.textBody ?? '',
        html: message.htmlBody ?? '',
        attachments: message.attachments ?? [],
        unsubscribeUrl: message.unsubscribeUrl,
      }),
    isPermanent: (error) => isPermanentSmtpCode((error as TransportFailure).responseCode),
  };
}

export function smsCourier(provider: SmsProvider): Courier {
  return {
    channel: 'sms',
    send: (message) =>
      provider.send({ id: message.id, to: message.toAddress ?? '', body: message.textBody ?? '' }),
    isPermanent: (error) => error instanceof SmsFailure && error.permanent,
  };
}
