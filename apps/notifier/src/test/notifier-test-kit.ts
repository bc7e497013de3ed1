import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { PinnableClock } from '@passerelle/shared/clock';
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
  createRunTopics,
  createTestDatabase,
  freePort,
  Mailbox,
  startGroupsAtTopicEnd,
  subgraphAs,
  testInfrastructure,
  type GraphQLClient,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import type { Identity } from '@passerelle/shared/auth';
import { notifierDataSourceOptions } from '@passerelle/notifier/data-access';
import { notifierApp } from '../notifier.app';
import { IdentityDirectoryDouble } from './identity-directory.double';
import { IntakeSmsContactDouble } from './intake-sms-contact.double';
import { SmtpGate } from './smtp-gate';

/**
 * The notifier running on real PostgreSQL, Kafka and Mailpit, with identity's directory and
 * intake's mobile route as doubles; texts go to the sink table unless `env` says otherwise.
 */
export interface NotifierUnderTest {
  app: INestApplication;
  /** The file's own topics (KAFKA_TOPIC_PREFIX). */
  topics: RunTopics;
  url: string;
  secret: string;
  clock: PinnableClock;
  identity: IdentityDirectoryDouble;
  /** Intake's route to a person's mobile, for texts. */
  intake: IntakeSmsContactDouble;
  gate: SmtpGate;
  mailbox: Mailbox;
  dataSource: DataSource;
  /** Publishes an event to its topic as its producer would; returns it (to publish it again). */
  publish<K extends EventKey>(key: K, aggregateId: string, payload: EventPayload<K>): Promise<EventOf<K>>;
  /** Publishes an event already built (a redelivery). */
  republish(event: AnyEvent): Promise<void>;
  as(identity: Identity): GraphQLClient;
  stop(): Promise<void>;
}

/**
 * Starts the notifier with identity's directory played by `IdentityDirectoryDouble`, unless `env`
 * names a real identity (IDENTITY_INTERNAL_URL, with the INTERNAL_IDENTITY_SECRET it shares).
 */
export async function startNotifier(
  label: string,
  env: Record<string, string> = {},
): Promise<NotifierUnderTest> {
  const { kafkaBrokers } = testInfrastructure();
  const { smtpUrl, mailbox } = Mailbox.fromEnvironment();
  const database: TestDatabase = await createTestDatabase(label);
  await runMigrations(notifierDataSourceOptions(database.url));
  const secret = env['INTERNAL_IDENTITY_SECRET'] ?? randomBytes(32).toString('hex');
  const identity = await IdentityDirectoryDouble.start(secret);
  const intake = await IntakeSmsContactDouble.start(secret);
  const gate = await SmtpGate.start(smtpUrl);
  const groupPrefix = `test-notifier-${randomUUID().slice(0, 8)}`;
  // Only this file's events: topics of its own (decision 0043). The notifier starts at a topic's
  // end the first time (from_now): its groups are placed at the start of the run's new topics, so
  // it reads every event the file publishes, even one sent before its consumers joined.
  const topics = await createRunTopics(kafkaBrokers);
  await startGroupsAtTopicEnd(
    kafkaBrokers,
    groupPrefix,
    ['notifier'],
    [...new Set(Object.values(EVENT_CATALOGUE).map(({ topic }) => topics.topic(topic)))],
  );
  const kafka = new Kafka({ clientId: groupPrefix, brokers: kafkaBrokers, logLevel: logLevel.NOTHING });
  const producer: Producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const clock = new PinnableClock();
  const port = await freePort();
  const app = await startService(
    notifierApp,
    {
      PORT: String(port),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      INTERNAL_IDENTITY_SECRET: secret,
      LOG_LEVEL: 'error',
      OUTBOX_POLL_INTERVAL_MS: '50',
      KAFKA_GROUP_PREFIX: groupPrefix,
      KAFKA_TOPIC_PREFIX: topics.prefix,
      KAFKA_FETCH_MAX_WAIT_MS: '500',
      SMTP_URL: gate.url,
      MAIL_FROM: 'Passerelle <ne-pas-repondre@passerelle.test>',
      IDENTITY_INTERNAL_URL: identity.url,
      INTAKE_INTERNAL_URL: intake.url,
      SMS_PROVIDER: 'sink',
      CONSOLE_URL: 'https://console.passerelle.test',
      NOTIFIER_PUBLIC_URL: `http://127.0.0.1:${port}`,
      NOTIFIER_SEND_POLL_MS: '50',
      NOTIFIER_SEND_RETRY_BASE_MS: '50',
      NOTIFIER_SEND_MAX_ATTEMPTS: '3',
      NOTIFIER_DIGEST_POLL_MS: '3600000',
      ...env,
    },
    clock,
  );
  const republish = async (event: AnyEvent) => {
    await producer.send({
      topic: topics.topic(EVENT_CATALOGUE[`${event.type}.v${event.version}` as EventKey].topic),
      acks: -1,
      messages: [
        { key: event.aggregateId, value: JSON.stringify(event), headers: eventHeaders(event, null) },
      ],
    });
  };
  return {
    app,
    topics,
    url: `http://127.0.0.1:${port}/graphql`,
    secret,
    clock,
    identity,
    intake,
    gate,
    mailbox,
    dataSource: app.get(DataSource),
    async publish(key, aggregateId, payload) {
      const event = createEvent(key, aggregateId, payload);
      await republish(event as AnyEvent);
      return event;
    },
    republish,
    as: (who) => subgraphAs(`http://127.0.0.1:${port}/graphql`, who, secret),
    async stop() {
      await app.close();
      await producer.disconnect();
      await identity.stop();
      await intake.stop();
      await gate.stop();
      await database.drop();
      await topics.delete();
    },
  };
}

/** The rows of a table the notifier keeps about a person (erasure checks). */
export async function rowsAbout(dataSource: DataSource, table: string, candidateId: string): Promise<number> {
  const [row]: { n: string }[] = await dataSource.query(
    `SELECT count(*) AS n FROM ${table} WHERE candidate_id = $1`,
    [candidateId],
  );
  return Number(row?.n ?? 0);
}
