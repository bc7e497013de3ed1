import { Injectable } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { SmsSinkRepository } from '@passerelle/notifier/data-access';
import { SmsProvider, type OutgoingText } from './sms-provider';

/**
 * Development and tests (`SMS_PROVIDER=sink`): each text lands in the notifier's `sms_sink` table,
 * as a phone would receive it, where tests and the demo read it. Never used unless configured.
 */
@Injectable()
export class SinkSmsProvider extends SmsProvider {
  constructor(
    private readonly sink: SmsSinkRepository,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: NotifierConfig,
  ) {
    super();
  }

  async send(text: OutgoingText): Promise<void> {
    await this.sink.receive({
      messageId: text.id,
      toNumber: text.to,
      sender: this.config.SMS_SENDER,
      body: text.body,
      receivedAt: this.clock.now(),
    });
  }
}
