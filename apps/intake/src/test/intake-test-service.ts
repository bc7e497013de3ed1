import type { INestApplication } from '@nestjs/common';
import { PinnableClock, type Clock } from '@passerelle/shared/clock';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import pino from 'pino';
import { Client } from 'pg';
import type { Kafka } from 'kafkajs';
import { EVENT_CATALOGUE, type AnyEvent } from '@passerelle/shared/contracts';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity, type Identity } from '@passerelle/shared/auth';
import { createKafka, eventHeaders } from '@passerelle/shared/messaging';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  testInfrastructure,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';
import { intakeApp } from '../intake.app';

export interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The intake service as it runs in production (its migrations, HTTP subgraph, outbox relay and
 * Kafka inbox), on a fresh database and the real broker, called with forwarded identities as the
 * gateway would.
 */
export interface IntakeTestService {
  kafka: Kafka;
  /** The run's own topics (KAFKA_TOPIC_PREFIX): a spec's reader names them with `topics.topic(...)`. */
  topics: RunTopics;
  sql: Client;
  /** The service's HTTP root, for its internal routes (`/internal/...`). */
  baseUrl: string;
  /** The secret it shares with the gateway and the other services (forwarded identities, service tokens). */
  secret: string;
  call<T = Record<string, unknown>>(
    identity: Identity,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  /** Publishes an event of another service, as it would reach intake. */
  publish(event: AnyEvent): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The intake service as it runs, on a clock of its own: the integration story is set in 2026
 * (programme from March, outcomes in May and June), so the service lives in mid-June 2026.
 */
export async function startIntakeTestService(
  label: string,
  clock: Clock = new PinnableClock('2026-06-15T09:00:00.000Z'),
  options: { env?: Record<string, string>; secret?: string } = {},
): Promise<IntakeTestService> {
  const { kafkaBrokers } = testInfrastructure();
  const database: TestDatabase = await createTestDatabase(label);
  await runMigrations(intakeDataSourceOptions(database.url));
  const kafka = createKafka(`test-${label}`, kafkaBrokers, pino({ level: 'silent' }));
  const groupPrefix = `int-${randomUUID().slice(0, 8)}`;
  // Topics of its own: no other file's events reach it, whatever the shared topics hold.
  const topics = await createRunTopics(kafkaBrokers);
  const secret = options.secret ?? randomBytes(32).toString('hex');
  const port = await freePort();
  const app: INestApplication = await startService(
    intakeApp,
    {
      PORT: String(port),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      INTERNAL_IDENTITY_SECRET: secret,
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_INTERVAL_MS: '50',
      KAFKA_GROUP_PREFIX: groupPrefix,
      KAFKA_TOPIC_PREFIX: topics.prefix,
      KAFKA_FETCH_MAX_WAIT_MS: '500',
      // No other service runs beside intake alone: an export names each part as missing
      // (a closed port refuses at once), unless the test points at a real one.
      ...Object.fromEntries(
        ['ASSESSMENT', 'PATHWAY', 'MATCHING', 'SCHEDULING', 'NOTIFIER', 'IDENTITY', 'CAREER'].map((name) => [
          `${name}_INTERNAL_URL`,
          'http://127.0.0.1:9/',
        ]),
      ),
      ...options.env,
    },
    clock,
  );
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  const producer = kafka.producer();
  await producer.connect();

  return {
    kafka,
    topics,
    sql,
    baseUrl: `http://127.0.0.1:${port}`,
    secret,
    async call<T>(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, secret),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResult<T>;
    },
    async publish(event) {
      const topic = EVENT_CATALOGUE[`${event.type}.v${event.version}` as keyof typeof EVENT_CATALOGUE].topic;
      await producer.send({
        topic: topics.topic(topic),
        messages: [
          { key: event.aggregateId, value: JSON.stringify(event), headers: eventHeaders(event, null) },
        ],
      });
    },
    async stop() {
      await producer.disconnect();
      await app.close();
      await sql.end();
      await database.drop();
      await topics.delete();
    },
  };
}
