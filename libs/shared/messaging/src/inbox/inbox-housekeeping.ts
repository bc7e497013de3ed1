import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { messagingMetrics } from '@passerelle/shared/observability';
import { purgeDeadLetterRecords } from '../dead-letter/dead-letter-log';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the inbox rows processed before `before`, `batchSize` rows a statement (each its own
 * short transaction, so the consumers' inserts never wait long), oldest first. Returns how many.
 */
export async function purgeInbox(dataSource: DataSource, before: Date, batchSize = 5_000): Promise<number> {
  let purged = 0;
  for (;;) {
    const [{ deleted }]: [{ deleted: number }] = await dataSource.query(
      `WITH old AS (
         SELECT event_id FROM inbox_message WHERE processed_at < $1 ORDER BY processed_at LIMIT $2
       ), gone AS (
         DELETE FROM inbox_message WHERE event_id IN (SELECT event_id FROM old) RETURNING 1
       )
       SELECT count(*)::int AS deleted FROM gone`,
      [before, batchSize],
    );
    purged += deleted;
    if (deleted < batchSize) return purged;
  }
}

export interface InboxHousekeepingOptions {
  /** The consuming service: the metrics' label. */
  service: string;
  dataSource: DataSource;
  logger: Logger;
  /**
   * Inbox rows older than this are purged: the replay horizon, longer than any redelivery can come
   * (decision 0042). Rows younger still make a redelivered event a duplicate.
   */
  retentionDays: number;
  /** Time between two purges; the first one runs an interval after the start. */
  intervalMs: number;
  /** The service's clock. */
  now: () => Date;
  batchSize?: number;
}

/**
 * The inbox's housekeeping job: purges the rows older than the replay horizon, and counts the
 * parked keys and their held events for the metrics, every `intervalMs`.
 */
export class InboxHousekeeping {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: InboxHousekeepingOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One round: what the timer runs. Returns how many inbox rows went. */
  async runOnce(): Promise<number> {
    const { service, dataSource, retentionDays, batchSize } = this.options;
    const horizon = new Date(this.options.now().getTime() - retentionDays * DAY_MS);
    const purged = await purgeInbox(dataSource, horizon, batchSize);
    messagingMetrics.inboxPurged.inc({ consumer: service }, purged);
    // Past the horizon no batch holding them can be delivered again.
    await purgeDeadLetterRecords(dataSource, horizon);
    const [parked]: [{ keys: number; held: number }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM inbox_parked_key) AS keys,
              (SELECT count(*)::int FROM inbox_held_event) AS held`,
    );
    messagingMetrics.parkedKeysNow.set({ consumer: service, what: 'keys' }, parked.keys);
    messagingMetrics.parkedKeysNow.set({ consumer: service, what: 'held_events' }, parked.held);
    if (purged > 0 || parked.keys > 0) {
      this.options.logger.info(
        { purged, horizon: horizon.toISOString(), parkedKeys: parked.keys, heldEvents: parked.held },
        'inbox housekeeping',
      );
    }
    return purged;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.options.logger.warn({ err: error }, 'inbox housekeeping failed'))
        .finally(() => this.schedule());
    }, this.options.intervalMs);
    this.timer.unref();
  }
}
