import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity, type Identity } from '@passerelle/shared/auth';
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type EventKey,
  type EventOf,
  type EventPayload,
} from '@passerelle/shared/contracts';
import { createEvent, eventHeaders } from '@passerelle/shared/messaging';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createTestDatabase,
  freePort,
  startGroupsAtTopicEnd,
  subgraphAs,
  testInfrastructure,
  waitFor,
  type GraphQLClient,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import { READ_MODEL_TOPICS } from '../read-model-rebuild';
import { reportingApp } from '../reporting.app';

/**
 * Reporting on its own, on real PostgreSQL and Kafka: events published to the topics as their
 * producers would, the subgraph called as the gateway calls it. Its groups start at the topics'
 * end (only this file's events); `startedAt` keeps where that was, for a rebuild of the same history.
 */
export interface ReportingUnderTest {
  app: INestApplication;
  dataSource: DataSource;
  kafkaBrokers: string[];
  startedAt: Record<string, { partition: number; offset: string }[]>;
  publish<K extends EventKey>(key: K, aggregateId: string, payload: EventPayload<K>): Promise<EventOf<K>>;
  republish(event: AnyEvent): Promise<void>;
  /** Waits until the read model has applied every event this kit published. */
  applied(): Promise<void>;
  as(identity: Identity): GraphQLClient;
  /** An HTTP GET on the service as the gateway makes it, with the caller's signed identity. */
  get(path: string, identity: Identity): Promise<globalThis.Response>;
  stop(): Promise<void>;
}

export async function startReporting(label: string): Promise<ReportingUnderTest> {
  const { kafkaBrokers } = testInfrastructure();
  const database: TestDatabase = await createTestDatabase(label);
  await runMigrations(reportingDataSourceOptions(database.url));
  const secret = randomBytes(32).toString('hex');
  const kafka = new Kafka({ clientId: `test-${label}`, brokers: kafkaBrokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const startedAt: ReportingUnderTest['startedAt'] = {};
  for (const topic of READ_MODEL_TOPICS)
    startedAt[topic] = (await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => ({
      partition,
      offset: high,
    }));
  await admin.disconnect();
  const groupPrefix = `int-${label.replaceAll('_', '-')}-${randomUUID().slice(0, 8)}`;
  await startGroupsAtTopicEnd(kafkaBrokers, groupPrefix, ['reporting']);
  const producer: Producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const port = await freePort();
  const app = await startService(reportingApp, {
    PORT: String(port),
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    INTERNAL_IDENTITY_SECRET: secret,
    LOG_LEVEL: 'warn',
    KAFKA_GROUP_PREFIX: groupPrefix,
    KAFKA_FETCH_MAX_WAIT_MS: '500',
  });
  const dataSource = app.get(DataSource);
  const published = new Set<string>();
  const republish = async (event: AnyEvent) => {
    published.add(event.eventId);
    await producer.send({
      topic: EVENT_CATALOGUE[`${event.type}.v${event.version}` as EventKey].topic,
      acks: -1,
      messages: [
        { key: event.aggregateId, value: JSON.stringify(event), headers: eventHeaders(event, null) },
      ],
    });
  };
  return {
    app,
    dataSource,
    kafkaBrokers,
    startedAt,
    async publish(key, aggregateId, payload) {
      const event = createEvent(key, aggregateId, payload);
      await republish(event as AnyEvent);
      return event;
    },
    republish,
    async applied() {
      const ids = [...published];
      await waitFor(
        async () => {
          const [{ n }] = await dataSource.query(
            `SELECT count(*)::int AS n FROM inbox_message WHERE event_id = ANY($1::uuid[])`,
            [ids],
          );
          return n === ids.length;
        },
        { what: `${ids.length} events applied`, timeoutMs: 30_000 },
      );
    },
    as: (identity) => subgraphAs(`http://127.0.0.1:${port}/graphql`, identity, secret),
    get: async (path, identity) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        headers: { [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, secret) },
      }),
    async stop() {
      await app.close();
      await producer.disconnect();
      await database.drop();
    },
  };
}
