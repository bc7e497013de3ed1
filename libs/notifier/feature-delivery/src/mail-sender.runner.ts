import { setTimeout as sleep } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { SendDueMessagesHandler } from './usecases/send-due-messages/send-due-messages.handler';

/**
 * The sender loop, like the outbox relay: while a batch comes back full it sends the next at once,
 * otherwise it waits NOTIFIER_SEND_POLL_MS. Several replicas may run it: claims skip locked rows.
 */
@Injectable()
export class MailSenderRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailSenderRunner.name);
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly sendDue: SendDueMessagesHandler,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: NotifierConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stopping = false;
    this.running = this.loop();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        const report = await this.sendDue.execute(this.clock.now());
        if (report.parked > 0) this.logger.warn(`${report.parked} message(s) parked after failed sends`);
        if (report.claimed < this.sendDue.batch) await sleep(this.config.NOTIFIER_SEND_POLL_MS);
      } catch (error) {
        this.logger.error(`sending failed; retrying: ${String(error)}`);
        await sleep(Math.max(this.config.NOTIFIER_SEND_POLL_MS, 1000));
      }
    }
  }
}
