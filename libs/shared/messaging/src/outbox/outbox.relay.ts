import { setTimeout as sleep } from 'node:timers/promises';
import { Partitioners, type Kafka, type Producer, type TopicMessages } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { messagingMetrics } from '@passerelle/shared/observability';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  logger: Logger;
  batchSize?: number;
  pollIntervalMs?: number;
  /** Test seam: runs after Kafka acknowledged a batch and before its rows are removed. */
  afterPublish?: (count: number) => Promise<void> | void;
}

interface OutboxRow {
  position: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  /** The envelope as JSON text, straight from PostgreSQL: no parse and re-serialise on the hot path. */
  value: string;
}

/**
 * Publishes committed outbox rows to Kafka, oldest first. Rows are claimed with FOR UPDATE SKIP
 * LOCKED, so several relays never publish the same row concurrently; a row is removed only after
 * Kafka acknowledged it, so a crash in between republishes it (consumers' inboxes absorb the
 * duplicate).
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private producer: Producer | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
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
      // Claim and delete in one statement; the deletion commits only after Kafka has acknowledged
      // the batch, so a failure or a crash before that leaves every row in place.
      const [rows]: [OutboxRow[], number] = await manager.query(
        `DELETE FROM outbox_message WHERE id IN (
           SELECT id FROM outbox_message ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING position, topic, message_key, headers, envelope::text AS value`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      rows.sort((a, b) => Number(BigInt(a.position) - BigInt(b.position)));
      await producer.sendBatch({ topicMessages: groupByTopic(rows), acks: -1 });
      await this.options.afterPublish?.(rows.length);
      for (const row of rows) messagingMetrics.published.inc({ topic: row.topic });
      return rows.length;
    });
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      try {
        const published = await this.relayOnce();
        if (published < this.batchSize) await sleep(this.pollIntervalMs);
      } catch (error) {
        this.options.logger.error({ err: error }, 'outbox relay failed; retrying');
        await sleep(Math.max(this.pollIntervalMs, 1000));
      }
    }
  }
}

function groupByTopic(rows: OutboxRow[]): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages>();
  for (const row of rows) {
    const group = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
    group.messages.push({ key: row.message_key, value: row.value, headers: row.headers });
    byTopic.set(row.topic, group);
  }
  return [...byTopic.values()];
}
