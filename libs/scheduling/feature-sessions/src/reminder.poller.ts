import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { ReminderRepository } from '@passerelle/scheduling/data-access';

export const REMINDER_POLL_INTERVAL_MS = 5_000;
const BATCH = 200;

/**
 * Sends due reminders. The schedule lives in PostgreSQL (written with each booking), so a restart
 * loses nothing; each reminder is claimed with FOR UPDATE SKIP LOCKED and marked sent in the same
 * transaction that appends its SessionReminderDue to the outbox, so it is announced exactly once
 * however many replicas poll.
 */
@Injectable()
export class ReminderPoller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReminderPoller.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly reminders: ReminderRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), REMINDER_POLL_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.sendDue(this.clock.now())
      .catch((error: unknown) => this.logger.error(`reminder poll failed: ${String(error)}`))
      .finally(() => (this.running = null));
  }

  /** Sends every reminder due by `now`, in batches; returns how many were sent. */
  async sendDue(now: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.dataSource.transaction(async (manager) => {
        const due = await this.reminders.claimDue(manager, now, BATCH);
        if (due.length === 0) return 0;
        await this.outbox.append(
          manager,
          due.map((reminder) =>
            createEvent('SessionReminderDue.v1', reminder.candidateId, {
              reminderId: reminder.id,
              sessionId: reminder.sessionId,
              candidateId: reminder.candidateId,
              coachId: reminder.coachId,
              startsAt: reminder.startsAt.toISOString(),
              leadMinutes: reminder.leadMinutes,
              dueAt: reminder.dueAt.toISOString(),
            }),
          ),
        );
        await this.reminders.markSent(
          manager,
          due.map((reminder) => reminder.id),
          now,
        );
        return due.length;
      });
      total += sent;
      if (sent < BATCH) return total;
    }
  }
}
