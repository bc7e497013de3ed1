import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EVENT_CATALOGUE } from '@passerelle/shared/contracts';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import { reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import { READ_MODEL_EVENTS } from '@passerelle/reporting/feature-committee';
import { reportingApp } from './reporting.app';

/** The topics the read model is built from. */
export const READ_MODEL_TOPICS = [...new Set(READ_MODEL_EVENTS.map((key) => EVENT_CATALOGUE[key].topic))];

export interface RebuildOptions {
  /** A database with no reporting tables yet (the rebuild migrates it). */
  databaseUrl: string;
  kafkaBrokers: string[];
  /** The new consumer groups' prefix: the rebuilt service must run with it to carry on where the rebuild stopped. */
  groupPrefix: string;
  /**
   * Where each topic's replay starts, partition by partition; left out, from the start of what the
   * topic holds (its retention keeps a programme's life: infra/kafka/topics.json).
   */
  startAt?: Record<string, { partition: number; offset: string }[]>;
  /** How long to wait for the replay to reach the topics' ends as they were when it began. */
  timeoutMs?: number;
}

export interface RebuildResult {
  eventsApplied: number;
  seconds: number;
}

/**
 * Builds the read model again from zero: migrates a fresh database, runs the reporting service on
 * it with new consumer groups reading the topics from their start (or `startAt`), waits until every
 * group has committed the offsets the topics ended at when it began, and stops. The events are the
 * only input, so the figures are the same as the live read model's (the tests compare them).
 */
export async function rebuildReadModel(options: RebuildOptions): Promise<RebuildResult> {
  const started = Date.now();
  await runMigrations(reportingDataSourceOptions(options.databaseUrl));
  const check = new DataSource(reportingDataSourceOptions(options.databaseUrl, 1));
  await check.initialize();
  try {
    const [{ n }] = await check.query(`SELECT count(*)::int AS n FROM inbox_message`);
    if (n > 0) throw new Error('the rebuild needs a fresh database: this one has already applied events');
  } finally {
    await check.destroy();
  }

  const kafka = new Kafka({
    clientId: 'reporting-rebuild',
    brokers: options.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const groupOf = (topic: string) => `${options.groupPrefix}.reporting.${topic}`;
    const ends = new Map<string, { partition: number; high: string; low: string }[]>();
    for (const topic of READ_MODEL_TOPICS) {
      ends.set(topic, await admin.fetchTopicOffsets(topic));
      const from = options.startAt?.[topic];
      if (from) await admin.setOffsets({ groupId: groupOf(topic), topic, partitions: from });
    }
    const app = await startService(reportingApp, {
      PORT: String(await freePort()),
      DATABASE_URL: options.databaseUrl,
      KAFKA_BROKERS: options.kafkaBrokers.join(','),
      // The rebuild serves no one: a secret of its own refuses every GraphQL call.
      INTERNAL_IDENTITY_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      KAFKA_GROUP_PREFIX: options.groupPrefix,
    });
    try {
      const deadline = started + (options.timeoutMs ?? 30 * 60_000);
      for (;;) {
        if (await caughtUp(admin, ends, groupOf, options.startAt)) break;
        if (Date.now() > deadline) throw new Error('the rebuild did not reach the topics’ ends in time');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const [{ n }] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM inbox_message`);
      return { eventsApplied: n, seconds: (Date.now() - started) / 1000 };
    } finally {
      await app.close();
    }
  } finally {
    await admin.disconnect();
  }
}

/** Every partition committed up to where it ended when the rebuild began (or had nothing to replay). */
async function caughtUp(
  admin: ReturnType<Kafka['admin']>,
  ends: Map<string, { partition: number; high: string; low: string }[]>,
  groupOf: (topic: string) => string,
  startAt: RebuildOptions['startAt'],
): Promise<boolean> {
  for (const [topic, partitions] of ends) {
    const [committed] = await admin.fetchOffsets({ groupId: groupOf(topic), topics: [topic] });
    for (const { partition, high, low } of partitions) {
      const from = startAt?.[topic]?.find((p) => p.partition === partition)?.offset ?? low;
      if (BigInt(high) <= BigInt(from)) continue;
      const offset = committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
      if (BigInt(offset) < BigInt(high)) return false;
    }
  }
  return true;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
