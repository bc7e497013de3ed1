import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@passerelle/shared/clock';
import { DataSource } from 'typeorm';
import { WithdrawJobOfferHandler } from '../withdraw-job-offer/withdraw-job-offer.handler';

const SWEEP_EVERY_MS = 10 * 60_000;
const BATCH = 200;

/**
 * Offers past their expiry date leave the lists that hold them: each expired offer is removed and
 * only the people who listed it are re-ranked. Runs every ten minutes in every replica; rows are
 * claimed with SKIP LOCKED so replicas share the work instead of repeating it.
 */
@Injectable()
export class ExpireJobOffersHandler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly withdraw: WithdrawJobOfferHandler,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.execute().catch(() => undefined), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Removes the offers expired on `now`'s date; returns how many and whom it re-ranked. */
  async execute(now = this.clock.now()): Promise<{ expired: number; affected: number }> {
    const today = now.toISOString().slice(0, 10);
    let expired = 0;
    let affected = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const rows = (await manager.query(
          `SELECT "id" FROM "job_offer" WHERE "expires_on" < $1 ORDER BY "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [today],
        )) as { id: string }[];
        for (const { id } of rows) affected += (await this.withdraw.execute(manager, id, now)).length;
        expired += rows.length;
        return rows.length < BATCH;
      });
      if (done) return { expired, affected };
    }
  }
}
