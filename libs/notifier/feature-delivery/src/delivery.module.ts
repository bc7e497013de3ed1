import { join } from 'node:path';
import { Module, type Provider } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { PAGE_INFO_TYPE_PATHS } from '@passerelle/shared/graphql';
import { OutgoingMessageRepository, SmsSinkRepository } from '@passerelle/notifier/data-access';
import { MailSenderRunner } from './mail-sender.runner';
import { MailTransport } from './mail-transport';
import { ParkedMessageResolver } from './parked-message.resolver';
import { ListParkedMessagesHandler } from './usecases/list-parked-messages/list-parked-messages.handler';
import { RetryParkedMessageHandler } from './usecases/retry-parked-message/retry-parked-message.handler';
import { SendDueMessagesHandler } from './usecases/send-due-messages/send-due-messages.handler';
import { SinkSmsProvider } from './sink-sms-provider';
import { SmsProvider } from './sms-provider';
import { TwilioSmsProvider } from './twilio-sms-provider';

/** The SMS provider SMS_PROVIDER names; none when `off` (texts are then recorded as skipped). */
const SMS_PROVIDER: Provider = {
  provide: SmsProvider,
  inject: [SERVICE_CONFIG, SmsSinkRepository, Clock],
  useFactory: (config: NotifierConfig, sink: SmsSinkRepository, clock: Clock): SmsProvider | null => {
    if (config.SMS_PROVIDER === 'twilio') return new TwilioSmsProvider(config);
    if (config.SMS_PROVIDER === 'sink') return new SinkSmsProvider(sink, clock, config);
    return null;
  },
};

/** The delivery's part of the notifier subgraph's SDL (it declares the schema's links and scalars). */
export const DELIVERY_TYPE_PATHS = [join(__dirname, 'delivery.graphql'), ...PAGE_INFO_TYPE_PATHS];

/** Sending: the SMTP pool, the SMS provider, the sender loop, and ops' parked messages. */
@Module({
  providers: [
    OutgoingMessageRepository,
    SmsSinkRepository,
    SMS_PROVIDER,
    MailTransport,
    SendDueMessagesHandler,
    MailSenderRunner,
    ListParkedMessagesHandler,
    RetryParkedMessageHandler,
    ParkedMessageResolver,
  ],
})
export class DeliveryModule {}
