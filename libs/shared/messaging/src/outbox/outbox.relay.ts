import { setTimeout as sleep } from 'node:timers/promises';
import type { Kafka, Producer, TopicMessages } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource, QueryRunner } from 'typeorm';
import { topicName } from '@passerelle/shared/contracts';
import { messagingMetrics } from '@passerelle/shared/observability';
import { PRODUCER_ACKS, RELAY_PRODUCER_SETTINGS, createProducer } from '../kafka/producer-settings';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  logger: Logger;
  batchSize?: number;
  pollIntervalMs?: number;
  /**
   * KAFKA_TOPIC_PREFIX, applied at publish time: a row keeps the catalogue's (logical) topic, so
   * rows written before a change of prefix are not stranded on names nobody reads (decision 0043).
   */
  topicPrefix?: string;
}

interface ClaimedBatch {
  rows: OutboxRow[];
  runner: QueryRunner;
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
  private readonly topicPrefix: string;
  private producer: Producer | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;
  /** The connection holding the relay's advisory lock, while this relay is the active one. */
  private leaderRunner: QueryRunner | null = null;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.topicPrefix = options.topicPrefix ?? '';
    topicName(this.topicPrefix, ''); // a bad prefix fails here, not at the first publish
  }

  async start(): Promise<void> {
    this.producer = createProducer(this.options.kafka, RELAY_PRODUCER_SETTINGS);
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
    const batch = await this.claim();
    await this.publishOrRollBack(batch);
    return batch.rows.length;
  }

  /**
   * Claims the oldest unclaimed rows and deletes them, in a transaction left open: the deletion
   * commits only after Kafka has acknowledged the batch, so a failure or a crash before that
   * leaves every row in place.
   */
  private async claim(): Promise<ClaimedBatch> {
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [rows]: [OutboxRow[], number] = await runner.query(
        `DELETE FROM outbox_message WHERE id IN (
           SELECT id FROM outbox_message ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING position, topic, message_key, headers, envelope::text AS value`,
        [this.batchSize],
      );
      rows.sort((a, b) => Number(BigInt(a.position) - BigInt(b.position)));
      return { rows, runner };
    } catch (error) {
      await this.release({ rows: [], runner }, 'rollback');
      throw error;
    }
  }

  private async publishOrRollBack(batch: ClaimedBatch): Promise<void> {
    if (batch.rows.length === 0) return this.release(batch, 'commit');
    const producer = this.producer;
    try {
      if (!producer) throw new Error('OutboxRelay.start() must be called first');
      await producer.sendBatch({
        topicMessages: groupByTopic(batch.rows, this.topicPrefix),
        acks: PRODUCER_ACKS,
      });
    } catch (error) {
      await this.release(batch, 'rollback');
      throw error;
    }
    await this.release(batch, 'commit');
    for (const row of batch.rows) messagingMetrics.published.inc({ topic: row.topic });
  }

  private async release(batch: ClaimedBatch, outcome: 'commit' | 'rollback'): Promise<void> {
    try {
      if (batch.runner.isTransactionActive) {
        await (outcome === 'commit' ? batch.runner.commitTransaction() : batch.runner.rollbackTransaction());
      }
    } finally {
      await batch.runner.release();
    }
  }

  /**
   * While one batch travels to Kafka, the next is claimed, so the database and the broker work at
   * the same time. A batch is sent only after the one before it was acknowledged, and if that
   * fails the claimed batch is rolled back too, so events keep their order.
   */
  /**
   * Only one relay per database publishes: with several, one could send newer rows while another
   * still holds older ones, and a person's events would arrive out of order. Every replica runs a
   * relay; the one holding the advisory lock works, the others stand by, and take over when its
   * connection goes away.
   */
  private async isActiveRelay(): Promise<boolean> {
    try {
      if (this.leaderRunner) {
        await this.leaderRunner.query('SELECT 1'); // the lock lives as long as this connection
        return true;
      }
      const runner = this.options.dataSource.createQueryRunner();
      await runner.connect();
      const [row]: { locked: boolean }[] = await runner.query(
        `SELECT pg_try_advisory_lock(hashtext('passerelle.outbox-relay')) AS locked`,
      );
      if (row?.locked) this.leaderRunner = runner;
      else await runner.release();
      return this.leaderRunner !== null;
    } catch (error) {
      await this.resignLeadership();
      throw error;
    }
  }

  private async resignLeadership(): Promise<void> {
    const runner = this.leaderRunner;
    this.leaderRunner = null;
    if (!runner) return;
    await runner
      .query(`SELECT pg_advisory_unlock(hashtext('passerelle.outbox-relay'))`)
      .catch(() => undefined);
    await runner.release().catch(() => undefined);
  }

  private async loop(): Promise<void> {
    let next: Promise<ClaimedBatch> | null = null;
    while (!this.stopping) {
      try {
        if (!(await this.isActiveRelay())) {
          await sleep(Math.max(this.pollIntervalMs, 500));
          continue;
        }
        const pending = next;
        next = null; // a failed claim must not be awaited again on the next turn
        const current: ClaimedBatch = await (pending ?? this.claim());
        next = current.rows.length === this.batchSize ? this.claim() : null;
        next?.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled
        try {
          await this.publishOrRollBack(current);
        } catch (error) {
          await this.abandon(next);
          next = null;
          throw error;
        }
        if (!next) await sleep(this.pollIntervalMs);
      } catch (error) {
        this.options.logger.error({ err: error }, 'outbox relay failed; retrying');
        await sleep(Math.max(this.pollIntervalMs, 1000));
      }
    }
    await this.abandon(next);
    await this.resignLeadership();
  }

  private async abandon(claimed: Promise<ClaimedBatch> | null): Promise<void> {
    const batch = await claimed?.catch(() => null);
    if (batch) await this.release(batch, 'rollback');
  }
}

/** The rows by topic, each under its name on the broker (the logical topic under the prefix). */
function groupByTopic(rows: OutboxRow[], prefix: string): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages>();
  for (const row of rows) {
    const group = byTopic.get(row.topic) ?? { topic: topicName(prefix, row.topic), messages: [] };
    group.messages.push({ key: row.message_key, value: row.value, headers: row.headers });
    byTopic.set(row.topic, group);
  }
  return [...byTopic.values()];
}
