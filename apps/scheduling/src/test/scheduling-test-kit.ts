import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { PinnableClock } from '@passerelle/shared/clock';
import { createEvent, InboxBatchContext } from '@passerelle/shared/messaging';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  freePort,
  subgraphAs,
  testInfrastructure,
  type AnyData,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';
import { officeHolidays } from '@passerelle/scheduling/domain';
import { AssignmentEventsConsumer } from '@passerelle/scheduling/feature-assignment';
import { schedulingApp } from '../scheduling.app';

/**
 * Scheduling on its own, on real PostgreSQL and Kafka, called as the gateway calls it (a signed
 * forwarded identity). The outbox relay is kept idle (its advisory lock held), so a spec reads the
 * events a change appended in `outbox_message`.
 */
export interface SchedulingUnderTest {
  app: INestApplication;
  /** The file's own topics (KAFKA_TOPIC_PREFIX). */
  topics: RunTopics;
  dataSource: DataSource;
  clock: PinnableClock;
  /** The raw answer (to assert a refusal on). */
  gql(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<AnyData>;
  /** The data, failing the test with the errors printed. */
  ok(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<AnyData>;
  /** A person enrolled in a programme in these offices, assigned a coach as scheduling would. */
  seedCandidate(
    programmeId: string,
    sponsorId: string,
    officeIds: string[],
    candidateId?: string,
  ): Promise<string>;
  /** The payloads of the events of this type appended for this person, oldest first. */
  outboxOf(type: string, key: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

export async function startScheduling(databaseName: string): Promise<SchedulingUnderTest> {
  const secret = randomBytes(32).toString('hex');
  const { kafkaBrokers } = testInfrastructure();
  const database: TestDatabase = await createTestDatabase(databaseName);
  await runMigrations(schedulingDataSourceOptions(database.url));
  const relayLeader = new Client({ connectionString: database.url });
  await relayLeader.connect();
  await relayLeader.query(`SELECT pg_advisory_lock(hashtext('passerelle.outbox-relay'))`);
  const clock = new PinnableClock();
  const port = await freePort();
  const groupPrefix = `int-${databaseName.replaceAll('_', '-')}-${randomUUID().slice(0, 8)}`;
  // Only this file's events: topics of its own, whatever the shared topics hold (decision 0043).
  const topics = await createRunTopics(kafkaBrokers);
  const app = await startService(
    schedulingApp,
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
  return {
    app,
    topics,
    dataSource,
    clock,
    gql: async (identity, query, variables = {}) => (await as(identity).request(query, variables)).body,
    ok: (identity, query, variables = {}) => as(identity).ok(query, variables),
    async seedCandidate(programmeId, sponsorId, officeIds, candidateId = randomUUID()) {
      const event = createEvent('CandidateEnrolled.v1', candidateId, {
        candidateId,
        programmeId,
        sponsorId,
        officeIds,
        enrolledAt: new Date().toISOString(),
        formerOccupationCode: null,
        languages: ['fr'],
      });
      await dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO candidate_scope (candidate_id, programme_id, sponsor_id, office_ids, enrolled_at) VALUES ($1, $2, $3, $4, now())`,
          [candidateId, programmeId, sponsorId, officeIds],
        );
        await app
          .get(AssignmentEventsConsumer)
          .onEnrolled([event], new InboxBatchContext([[event], manager]));
      });
      return candidateId;
    },
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
      await database.drop();
      await topics.delete();
    },
  };
}

/** The person as a caller. */
export const personOf = (candidateId: string): Identity => ({
  subject: `p-${candidateId}`,
  role: 'candidate',
  candidateId,
});

/** The first error's code, and the fields it names. */
export const refusalOf = (body: AnyData): { code: unknown; fields: unknown } => {
  const extensions = body.errors?.[0]?.extensions ?? {};
  return {
    code: extensions.code,
    fields: extensions.field ?? extensions.fields?.map((f: { field: string }) => f.field),
  };
};

export const weekdays = (start: string, end: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

/** The `days`-th working day from today (negative: before), at a local time in Paris. */
export function workingDayAhead(days: number, hour: number): Date {
  let day = DateTime.now().setZone('Europe/Paris').startOf('day');
  const years = [day.year - 1, day.year, day.year + 1];
  const closed = officeHolidays({ frenchPublicHolidays: true, extraHolidays: [] }, years);
  for (let left = Math.abs(days); left > 0;) {
    day = day.plus({ days: Math.sign(days) });
    if (day.weekday <= 5 && !closed.has(day.toFormat('yyyy-MM-dd'))) left--;
  }
  return day.set({ hour }).toJSDate();
}
