import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { SERVICE_CONFIG, type NotifierConfig } from '@passerelle/shared/config';
import { AlertAssignmentQueueHandler } from './usecases/alert-assignment-queue/alert-assignment-queue.handler';
import { ExpireAwaitingEventsHandler } from './usecases/expire-awaiting-events/expire-awaiting-events.handler';
import { SendDigestsHandler } from './usecases/send-digests/send-digests.handler';

/**
 * The periodic part: daily digests, the assignment-queue check, and the end of a wait for an
 * account (events kept longer than NOTIFIER_AWAIT_ACCOUNT_DAYS, decision 0052). Their memory is the database
 * (when each digest last went, who ops already heard about), so the timer only says "look now".
 */
@Injectable()
export class DigestRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DigestRunner.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly digests: SendDigestsHandler,
    private readonly queueAlerts: AlertAssignmentQueueHandler,
    private readonly expireAwaiting: ExpireAwaitingEventsHandler,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: NotifierConfig,
  ) {}

  /** One run at `now`: how many messages it queued. */
  async runOnce(now: Date = this.clock.now()): Promise<number> {
    return (
      (await this.digests.execute(now)) +
      (await this.queueAlerts.execute(now)) +
      (await this.expireAwaiting.execute(now))
    );
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.NOTIFIER_DIGEST_POLL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .catch((error: unknown) =>
        this.logger.error(`digest run failed; the next one retries: ${String(error)}`),
      )
      .finally(() => (this.running = null));
  }
}
