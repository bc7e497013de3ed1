import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@passerelle/shared/clock';
import { PathwayRepository, PlanReconciler } from '@passerelle/pathway/data-access';

const SWEEP_EVERY_MS = 60_000;
const BATCH = 200;

/**
 * The periodic at-risk evaluator. The clock's memory is the database: each pathway stores when its
 * risk could next change (risk_next_check_at), so a restart, a crash or a second replica loses and
 * doubles nothing; the timer here only says "look now". Each person is re-assessed in a
 * transaction of its own under their lock, and CandidateAtRisk is emitted only on a change.
 */
@Injectable()
export class RiskSweepRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private readonly logger = new Logger(RiskSweepRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly pathways: PathwayRepository,
    private readonly reconciler: PlanReconciler,
    private readonly clock: Clock,
  ) {}

  /** Re-assesses every pathway whose check is due; returns how many it looked at. */
  async sweep(now: Date = this.clock.now()): Promise<number> {
    let total = 0;
    for (;;) {
      const due = await this.pathways.dueForRiskCheck(this.dataSource.manager, now, BATCH);
      for (const candidateId of due) {
        await this.dataSource.transaction((manager) => this.reconciler.reconcile(manager, candidateId, now));
      }
      total += due.length;
      if (due.length < BATCH) return total;
    }
  }

  onApplicationBootstrap(): void {
    const tick = () => {
      this.running = this.sweep()
        .catch((error: unknown) =>
          this.logger.error(`at-risk sweep failed; the next one retries: ${String(error)}`),
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
