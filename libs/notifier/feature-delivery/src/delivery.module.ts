import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { PAGE_INFO_TYPE_PATHS } from '@passerelle/shared/graphql';
import { OutgoingMessageRepository } from '@passerelle/notifier/data-access';
import { MailSenderRunner } from './mail-sender.runner';
import { MailTransport } from './mail-transport';
import { ParkedMessageResolver } from './parked-message.resolver';
import { ListParkedMessagesHandler } from './usecases/list-parked-messages/list-parked-messages.handler';
import { RetryParkedMessageHandler } from './usecases/retry-parked-message/retry-parked-message.handler';
import { SendDueMessagesHandler } from './usecases/send-due-messages/send-due-messages.handler';

/** The delivery's part of the notifier subgraph's SDL (it declares the schema's links and scalars). */
export const DELIVERY_TYPE_PATHS = [join(__dirname, 'delivery.graphql'), ...PAGE_INFO_TYPE_PATHS];

/** Sending: the SMTP pool, the sender loop, and ops' parked messages. */
@Module({
  providers: [
    OutgoingMessageRepository,
    MailTransport,
    SendDueMessagesHandler,
    MailSenderRunner,
    ListParkedMessagesHandler,
    RetryParkedMessageHandler,
    ParkedMessageResolver,
  ],
})
export class DeliveryModule {}
