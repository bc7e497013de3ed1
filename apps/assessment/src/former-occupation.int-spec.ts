import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EVENT_CATALOGUE, type AnyEvent, type EventKey } from '@passerelle/shared/contracts';
import { createEvent, eventHeaders } from '@passerelle/shared/messaging';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  freePort,
  testInfrastructure,
  waitFor,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { assessmentApp } from './assessment.app';

// Matching's answers for a person's former job title, as assessment keeps them (the code its skills
// inventories ask about), on real PostgreSQL and Kafka: the latest answer wins, a withdrawal drops
// only an automatic answer older than itself, never a coach's nor HR's code.

let database: TestDatabase;
let topics: RunTopics;
let app: INestApplication;
let dataSource: DataSource;
let producer: Producer;
const programmeId = randomUUID();

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('assessment_former_occupation');
  await runMigrations(assessmentDataSourceOptions(database.url));
  topics = await createRunTopics(kafkaBrokers);
  app = await startService(assessmentApp, {
    PORT: String(await freePort()),
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    INTERNAL_IDENTITY_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    KAFKA_GROUP_PREFIX: `int-${randomUUID().slice(0, 8)}`,
    KAFKA_TOPIC_PREFIX: topics.prefix,
    KAFKA_FETCH_MAX_WAIT_MS: '500',
  });
  dataSource = app.get(DataSource);
  producer = new Kafka({
    clientId: 'test-assessment',
    brokers: kafkaBrokers,
    logLevel: logLevel.NOTHING,
  }).producer();
  await producer.connect();
}, 120_000);

afterAll(async () => {
  await producer?.disconnect();
  await app?.close();
  await database?.drop();
  await topics?.delete();
});

/** Publishes the event as its producer would and waits until assessment's inbox took it. */
async function deliver(event: AnyEvent): Promise<void> {
  const topic = EVENT_CATALOGUE[`${event.type}.v${event.version}` as EventKey].topic;
  await producer.send({
    topic: topics.topic(topic),
    acks: -1,
    messages: [{ key: event.aggregateId, value: JSON.stringify(event), headers: eventHeaders(event, null) }],
  });
  await waitFor(
    async () =>
      (await dataSource.query(`SELECT 1 FROM inbox_message WHERE event_id = $1`, [event.eventId])).length ===
      1,
    { what: `${event.type} taken by assessment's inbox` },
  );
}

const resolved = (
  candidateId: string,
  romeCode: string,
  how: 'automatic' | 'confirmed',
  resolvedAt: string,
) =>
  deliver(
    createEvent('FormerOccupationResolved.v1', candidateId, {
      candidateId,
      programmeId,
      romeCode,
      how,
      confidence: how === 'automatic' ? 0.92 : 1,
      resolvedAt,
    }) as AnyEvent,
  );

const withdrawn = (candidateId: string, withdrawnAt: string) =>
  deliver(
    createEvent('FormerOccupationWithdrawn.v1', candidateId, {
      candidateId,
      programmeId,
      withdrawnAt,
    }) as AnyEvent,
  );

async function codeOf(candidateId: string): Promise<string | null | undefined> {
  const rows: { former_occupation_code: string | null }[] = await dataSource.query(
    `SELECT former_occupation_code FROM candidate_background WHERE candidate_id = $1`,
    [candidateId],
  );
  return rows[0]?.former_occupation_code;
}

describe("assessment keeps matching's latest answer for the former job title", () => {
  it('drops an automatic code matching withdraws, not for an older withdrawal, never a confirmed one', async () => {
    const person = randomUUID();
    await resolved(person, 'H2105', 'automatic', '2026-06-10T09:00:00.000Z');
    expect(await codeOf(person)).toBe('H2105');
    // An answer older than the one kept (a late delivery) changes nothing.
    await resolved(person, 'H2102', 'automatic', '2026-06-09T09:00:00.000Z');
    expect(await codeOf(person)).toBe('H2105');
    await withdrawn(person, '2026-06-09T12:00:00.000Z');
    expect(await codeOf(person)).toBe('H2105');
    await withdrawn(person, '2026-06-11T09:00:00.000Z');
    expect(await codeOf(person)).toBeNull();
    await resolved(person, 'H2909', 'confirmed', '2026-06-12T09:00:00.000Z');
    expect(await codeOf(person)).toBe('H2909');
    await withdrawn(person, '2026-06-13T09:00:00.000Z');
    expect(await codeOf(person)).toBe('H2909');
  });

  it("never drops HR's code (given in a correction file) on a withdrawal", async () => {
    const person = randomUUID();
    await resolved(person, 'H2105', 'automatic', '2026-06-10T09:00:00.000Z');
    await deliver(
      createEvent('CandidateDetailsCorrected.v1', person, {
        candidateId: person,
        programmeId,
        formerOccupationCode: 'N1101',
        correctedAt: '2026-06-10T12:00:00.000Z',
      }) as AnyEvent,
    );
    expect(await codeOf(person)).toBe('N1101');
    await withdrawn(person, '2026-06-11T09:00:00.000Z');
    expect(await codeOf(person)).toBe('N1101');
  });
});
