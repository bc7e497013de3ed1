import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { PinnableClock } from '@passerelle/shared/clock';
import { createEvent, InboxContext } from '@passerelle/shared/messaging';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createTestDatabase,
  freePort,
  subgraphAs,
  testInfrastructure,
  type AnyData,
  type GraphQLBody,
  type GraphQLClient,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';
import { AssignmentEventsConsumer } from '@passerelle/scheduling/feature-assignment';
import { schedulingApp } from '../scheduling.app';

/** The scheduling service on its own test database, called as the gateway calls it. */
export interface SchedulingUnderTest {
  app: INestApplication;
  dataSource: DataSource;
  /** The service's clock: the machine's, except where a test pins a date. */
  clock: PinnableClock;
  /** A client sending `identity` as the gateway signs it. */
  as(identity: Identity): GraphQLClient;
  /** The whole answer (data and errors). */
  gql<T = AnyData>(
    identity: Identity,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLBody<T>>;
  /** The data of an answer that must succeed. */
  ok<T = AnyData>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts scheduling against real PostgreSQL and Kafka. The test holds the outbox relay's leader
 * lock, as another replica would, so events stay in the outbox for the test to read and hand to a
 * consumer as the inbox would.
 */
export async function startSchedulingUnderTest(databaseName: string): Promise<SchedulingUnderTest> {
  const secret = randomBytes(32).toString('hex');
  const { kafkaBrokers } = testInfrastructure();
  const database: TestDatabase = await createTestDatabase(databaseName);
  await runMigrations(schedulingDataSourceOptions(database.url));
  const relayLeader = new Client({ connectionString: database.url });
  await relayLeader.connect();
  await relayLeader.query(`SELECT pg_advisory_lock(hashtext('passerelle.outbox-relay'))`);
  const clock = new PinnableClock();
  const port = await freePort();
  let app: INestApplication;
  try {
    app = await startService(
      schedulingApp,
      {
        PORT: String(port),
        DATABASE_URL: database.url,
        KAFKA_BROKERS: kafkaBrokers.join(','),
        INTERNAL_IDENTITY_SECRET: secret,
        LOG_LEVEL: 'warn',
        OUTBOX_POLL_INTERVAL_MS: '1000',
        // A consumer group of its own (lowercase letters, digits, dots and dashes).
        KAFKA_GROUP_PREFIX: `int-${databaseName.replace(/[^a-z0-9.-]/g, '-')}-${randomUUID().slice(0, 8)}`,
      },
      clock,
    );
  } catch (error) {
    // A service that did not start must not leave the test run waiting on its database.
    await relayLeader.end();
    await database.drop();
    throw error;
  }
  const as = (identity: Identity) => subgraphAs(`http://127.0.0.1:${port}/graphql`, identity, secret);
  return {
    app,
    dataSource: app.get(DataSource),
    clock,
    as,
    gql: async <T = AnyData>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
      (await as(identity).request<T>(query, variables)).body,
    ok: <T = AnyData>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
      as(identity).ok<T>(query, variables),
    stop: async () => {
      await relayLeader.end();
      await app.close();
      await database.drop();
    },
  };
}

/** Monday to Friday, the same hours. */
export const weekdays = (start: string, end: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

/**
 * A person enrolled, as the inbox hands CandidateEnrolled to scheduling: the shared access
 * projection, then the assignment (which gives them a coach or queues them), in one transaction.
 */
export async function enrolCandidate(
  service: SchedulingUnderTest,
  person: {
    candidateId?: string;
    programmeId: string;
    sponsorId: string;
    officeIds: string[];
    languages: string[];
  },
): Promise<string> {
  const candidateId = person.candidateId ?? randomUUID();
  const event = createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: person.programmeId,
    sponsorId: person.sponsorId,
    officeIds: person.officeIds,
    enrolledAt: service.clock.now().toISOString(),
    formerOccupationCode: null,
    languages: person.languages,
  });
  await service.dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at) VALUES ($1, $2, $3, $4, now())`,
      [candidateId, person.programmeId, person.sponsorId, person.officeIds],
    );
    await service.app.get(AssignmentEventsConsumer).onEnrolled(event, new InboxContext([event, manager]));
  });
  return candidateId;
}
