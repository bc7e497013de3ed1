import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { TopicSettingsError } from '@passerelle/shared/messaging';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createTestDatabase,
  freePort,
  testInfrastructure,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { careerDataSourceOptions } from '@passerelle/career/data-access';
import { careerApp } from './career.app';

// Decision 0041: a service configured with the production minimums refuses to start against the
// single broker of the scripts (every topic has one replica), naming each topic and setting. Any
// service would do; career is one of the lighter ones to start.
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('career_topic_minimums');
  await runMigrations(careerDataSourceOptions(database.url));
});

afterAll(async () => {
  await database.drop();
});

it('refuses to start against topics below KAFKA_MIN_REPLICATION_FACTOR and KAFKA_MIN_INSYNC_REPLICAS', async () => {
  const { kafkaBrokers } = testInfrastructure();
  const port = await freePort();
  const start = startService(careerApp, {
    PORT: String(port),
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    INTERNAL_IDENTITY_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    KAFKA_FETCH_MAX_WAIT_MS: '500',
    KAFKA_MIN_REPLICATION_FACTOR: '3',
    KAFKA_MIN_INSYNC_REPLICAS: '2',
  });
  const error: unknown = await start.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TopicSettingsError);
  const message = (error as Error).message;
  expect(message).toContain('passerelle.career.application: replication.factor is 1, at least 3 required');
  expect(message).toContain('passerelle.career.application: min.insync.replicas is 1, at least 2 required');
  expect(message).toContain('passerelle.dlq.career: replication.factor is 1, at least 3 required');
  // Nothing listens: the refusal comes before the HTTP server and the consumers.
  await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
});

it("checks the topics under the service's KAFKA_TOPIC_PREFIX: an environment whose topics were never created is refused", async () => {
  const { kafkaBrokers } = testInfrastructure();
  const prefix = `missing-${randomBytes(4).toString('hex')}.`;
  const error: unknown = await startService(careerApp, {
    PORT: String(await freePort()),
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    INTERNAL_IDENTITY_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    KAFKA_FETCH_MAX_WAIT_MS: '500',
    KAFKA_TOPIC_PREFIX: prefix,
    KAFKA_MIN_REPLICATION_FACTOR: '3',
    KAFKA_MIN_INSYNC_REPLICAS: '2',
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TopicSettingsError);
  const message = (error as Error).message;
  expect(message).toContain(`${prefix}passerelle.career.application: missing`);
  expect(message).toContain(`${prefix}passerelle.dlq.career: missing`);
  expect(message).not.toMatch(/^passerelle\./m);
});
