import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { signServiceToken, type Identity } from '@passerelle/shared/auth';
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
  subgraphAs,
  testInfrastructure,
  waitFor,
  type AnyData,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { careerDataSourceOptions } from '@passerelle/career/data-access';
import { careerApp } from '../career.app';

/**
 * Career on its own, on real PostgreSQL and Kafka, called as the gateway calls it (a signed
 * forwarded identity) and as intake calls its internal routes (a service token). Events it consumes
 * are published to the topics as their producers would; the outbox relay is kept idle (its advisory
 * lock held), so a spec reads the events a change appended in `outbox_message`.
 */
export interface CareerUnderTest {
  /** The file's own topics (KAFKA_TOPIC_PREFIX). */
  topics: RunTopics;
  app: INestApplication;
  dataSource: DataSource;
  clock: PinnableClock;
  /** The raw answer (to assert a refusal on). */
  gql(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<AnyData>;
  /** The data, failing the test with the errors printed. */
  ok(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<AnyData>;
  /** Publishes an event to its topic, as its producer would, and waits until career applied it. */
  publish<K extends EventKey>(key: K, aggregateId: string, payload: EventPayload<K>): Promise<EventOf<K>>;
  /**
   * A person enrolled in `programmeId` and assigned `coachId`, as career hears it from intake and
   * scheduling; returns their id.
   */
  seedPerson(programmeId: string, coachId: string, officeId: string): Promise<string>;
  /** GET on an internal route as `caller` (a service token for career). */
  internal(path: string, caller?: string): Promise<globalThis.Response>;
  /** The payloads of the events of this type appended with this key, oldest first. */
  outboxOf(type: string, key: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

export async function startCareer(databaseName: string): Promise<CareerUnderTest> {
  const secret = randomBytes(32).toString('hex');
  const { kafkaBrokers } = testInfrastructure();
  const database: TestDatabase = await createTestDatabase(databaseName);
  await runMigrations(careerDataSourceOptions(database.url));
  const relayLeader = new Client({ connectionString: database.url });
  await relayLeader.connect();
  await relayLeader.query(`SELECT pg_advisory_lock(hashtext('passerelle.outbox-relay'))`);
  const clock = new PinnableClock();
  const port = await freePort();
  const groupPrefix = `int-${databaseName.replaceAll('_', '-')}-${randomUUID().slice(0, 8)}`;
  // Only this file's events: topics of its own, whatever the shared topics hold (decision 0043).
  const topics = await createRunTopics(kafkaBrokers);
  const kafka = new Kafka({
    clientId: `test-${databaseName}`,
    brokers: kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const producer: Producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const app = await startService(
    careerApp,
    {
      PORT: String(port),
      DATABASE_URL: database.url,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      INTERNAL_IDENTITY_SECRET: secret,
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_INTERVAL_MS: '1000',
      KAFKA_GROUP_PREFIX: groupPrefix,
      KAFKA_TOPIC_PREFIX: topics.prefix,
      KAFKA_FETCH_MAX_WAIT_MS: '500',
    },
    clock,
  );
  const dataSource = app.get(DataSource);
  const as = (identity: Identity) => subgraphAs(`http://127.0.0.1:${port}/graphql`, identity, secret);
  const seenTimes = async (eventId: string): Promise<number> => {
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM inbox_message WHERE event_id = $1`,
      [eventId],
    );
    return n;
  };
  const send = (event: AnyEvent) =>
    producer.send({
      topic: topics.topic(EVENT_CATALOGUE[`${event.type}.v${event.version}` as EventKey].topic),
      acks: -1,
      messages: [
        { key: event.aggregateId, value: JSON.stringify(event), headers: eventHeaders(event, null) },
      ],
    });
  const applied = (event: AnyEvent) =>
    waitFor(async () => (await seenTimes(event.eventId)) > 0, {
      what: `${event.type} ${event.eventId} applied`,
      timeoutMs: 30_000,
    });
  const kit: CareerUnderTest = {
    app,
    topics,
    dataSource,
    clock,
    gql: async (identity, query, variables = {}) => (await as(identity).request(query, variables)).body,
    ok: (identity, query, variables = {}) => as(identity).ok(query, variables),
    async publish(key, aggregateId, payload) {
      const event = createEvent(key, aggregateId, payload) as AnyEvent;
      await send(event);
      await applied(event);
      return event as EventOf<typeof key>;
    },
    async seedPerson(programmeId, coachId, officeId) {
      const candidateId = randomUUID();
      await kit.publish('CandidateEnrolled.v1', candidateId, {
        candidateId,
        programmeId,
        sponsorId: randomUUID(),
        officeIds: [officeId],
        enrolledAt: new Date().toISOString(),
        formerOccupationCode: null,
        languages: ['fr'],
      });
      await kit.publish('CoachAssigned.v1', candidateId, {
        candidateId,
        programmeId,
        coachId,
        officeId,
        previousCoachId: null,
        mode: 'automatic',
        assignedAt: new Date().toISOString(),
      });
      return candidateId;
    },
    internal: async (path, caller = 'intake') =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        headers: { authorization: `Bearer ${await signServiceToken(caller, 'career', secret)}` },
      }),
    async outboxOf(type, key) {
      const rows: { envelope: { payload: Record<string, unknown> } }[] = await dataSource.query(
        `SELECT envelope FROM outbox_message WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
        [type, key],
      );
      return rows.map((row) => row.envelope.payload);
    },
    async stop() {
      clock.unpin();
      await relayLeader.end();
      await app.close();
      await producer.disconnect();
      await database.drop();
      await topics.delete();
    },
  };
  return kit;
}

/** The person as a caller. */
export const personOf = (candidateId: string): Identity => ({
  subject: `p-${candidateId}`,
  role: 'candidate',
  candidateId,
});

/** A coach as a caller. */
export const coachOf = (coachId: string, officeId: string): Identity => ({
  subject: `coach-${coachId}`,
  role: 'coach',
  coachId,
  officeIds: [officeId],
});

/** The first error's code, and the fields it names. */
export const refusalOf = (body: AnyData): { code: unknown; fields: unknown } => {
  const extensions = body.errors?.[0]?.extensions ?? {};
  return {
    code: extensions.code,
    fields: extensions.field ?? extensions.fields?.map((f: { field: string }) => f.field),
  };
};
