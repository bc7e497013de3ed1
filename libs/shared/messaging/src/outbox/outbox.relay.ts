import { setTimeout as sleep } from 'node:timers/promises';
import { Partitioners, type Kafka, type Producer, type TopicMessages } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { messagingMetrics } from '@passerelle/shared/observability';
import { toKafkaMessage } from '../kafka/event-codec';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  logger: Logger;
  batchSize?: number;
  pollIntervalMs?: number;
  /** How long published rows are kept for inspection before they are purged. */
  retainPublishedMs?: number;
  /** Test seam: runs after Kafka acknowledged a batch and before the rows are marked published. */
  afterPublish?: (count: number) => Promise<void> | void;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  envelope: unknown;
}

/**
 * Publishes committed outbox rows to Kafka. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several relays never publish the same row concurrently; a row is marked only after Kafka
 * acknowledged it, so a crash in between republishes it (consumers' inboxes absorb the duplicate).
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retainPublishedMs: number;
  private producer: Producer | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;
  private lastPurge = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.retainPublishedMs = options.retainPublishedMs ?? 24 * 3600_000;
  }

  async start(): Promise<void> {
    this.producer = this.options.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: false,
    });
    await this.producer.connect();
    this.stopping = false;
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
    await this.producer?.disconnect();
    this.producer = null;
  }

  /** Publishes one batch; returns how many rows it published. */
  async relayOnce(): Promise<number> {
    const producer = this.producer;
    if (!producer) throw new Error('OutboxRelay.start() must be called first');
    return this.options.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, topic, message_key, headers, envelope FROM outbox_message
          WHERE published_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      await producer.sendBatch({ topicMessages: groupByTopic(rows), acks: -1 });
      await this.options.afterPublish?.(rows.length);
      await manager.query(`UPDATE outbox_message SET published_at = now() WHERE id = ANY($1::uuid[])`, [
        rows.map((row) => row.id),
      ]);
      for (const row of rows) messagingMetrics.published.inc({ topic: row.topic });
      return rows.length;
    });
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        const published = await this.relayOnce();
        await this.purgeIfDue();
        if (published < this.batchSize) await sleep(this.pollIntervalMs);
      } catch (error) {
        this.options.logger.error({ err: error }, 'outbox relay failed; retrying');
        await sleep(Math.max(this.pollIntervalMs, 1000));
      }
    }
  }

  private async purgeIfDue(): Promise<void> {
    if (Date.now() - this.lastPurge < 60_000) return;
    this.lastPurge = Date.now();
    await this.options.dataSource.query(
      `DELETE FROM outbox_message WHERE published_at < now() - make_interval(secs => $1)`,
      [this.retainPublishedMs / 1000],
    );
  }
}

function groupByTopic(rows: OutboxRow[]): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages>();
  for (const row of rows) {
    const group = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
    group.messages.push(toKafkaMessage(row.message_key, row.envelope, row.headers));
    byTopic.set(row.topic, group);
  }
  return [...byTopic.values()];
}
