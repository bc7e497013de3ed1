import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { ApplicationRepository } from '@passerelle/career/data-access';
import { isFollowUpDue, parisDay } from '@passerelle/career/domain';

// Every 5 s, as scheduling polls its reminders: an indexed look at the due rows, nothing when none are.
const SWEEP_EVERY_MS = 5_000;
const BATCH = 200;

/**
 * The periodic follow-up sweep. Its memory is the database: each application stores its due date
 * and the due date a reminder went out for, so a restart, a crash or a second replica (the rows are
 * locked, SKIP LOCKED) never reminds twice for the same application and date. Each batch is one
 * transaction: the marks and the ApplicationFollowUpDue events (for the notifier) commit together.
 */
@Injectable()
export class FollowUpSweepRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private readonly logger = new Logger(FollowUpSweepRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** Emits every follow-up due on `now`'s day in Paris; returns how many. */
  async sweep(now: Date = this.clock.now()): Promise<number> {
    const today = parisDay(now);
    let total = 0;
    for (;;) {
      const emitted = await this.dataSource.transaction(async (manager) => {
        const candidates = await this.applications.dueForFollowUp(manager, today, BATCH);
        // isFollowUpDue makes sure each has a due date.
        const due = candidates
          .filter((a) => isFollowUpDue(a, today))
          .map((a) => ({ application: a, dueOn: a.followUpDueOn as string }));
        // The batch's events in one statement, its marks in another.
        await this.outbox.append(
          manager,
          due.map(
            ({ application: a, dueOn }) =>
              createEvent('ApplicationFollowUpDue.v1', a.id, {
                applicationId: a.id,
                candidateId: a.candidateId,
                programmeId: a.programmeId,
                sentOn: a.sentOn,
                dueOn,
              }) as AnyEvent,
          ),
        );
        await this.applications.markFollowUpsSent(
          manager,
          due.map(({ application, dueOn }) => ({ id: application.id, dueOn })),
          now,
        );
        return { looked: candidates.length, emitted: due.length };
      });
      total += emitted.emitted;
      // A full batch with nothing due (the query and the rule disagreeing) must not loop forever.
      if (emitted.looked < BATCH || emitted.emitted === 0) return total;
    }
  }

  onApplicationBootstrap(): void {
    const tick = () => {
      this.running = this.sweep()
        .catch((error: unknown) =>
          this.logger.error(`follow-up sweep failed; the next one retries: ${String(error)}`),
        )
        .finally(() => {
          if (this.timer !== null) this.timer = setTimeout(tick, SWEEP_EVERY_MS).unref();
        });
    };
    this.timer = setTimeout(tick, 1_000);
    this.timer.unref(); // the HTTP server keeps the process alive, not this timer
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
