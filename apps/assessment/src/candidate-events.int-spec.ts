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

// What assessment keeps of a person from other services' events, on real PostgreSQL and Kafka: an HR
// file's enrolments applied per Kafka batch as one at a time would; matching's answers for the former
// job title (the code its skills inventories ask about): the latest answer wins, a withdrawal drops
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

/** Publishes the events as their producer would (in one send) and waits until assessment's inbox took them. */
async function deliver(...events: AnyEvent[]): Promise<void> {
  const topic = EVENT_CATALOGUE[`${events[0]!.type}.v${events[0]!.version}` as EventKey].topic;
  await producer.send({
    topic: topics.topic(topic),
    acks: -1,
    messages: events.map((event) => ({
      key: event.aggregateId,
      value: JSON.stringify(event),
      headers: eventHeaders(event, null),
    })),
  });
  const ids = [...new Set(events.map((event) => event.eventId))];
  await waitFor(
    async () =>
      (await dataSource.query(`SELECT 1 FROM inbox_message WHERE event_id = ANY($1::uuid[])`, [ids]))
        .length === ids.length,
    { what: `${ids.length} events taken by assessment's inbox` },
  );
}

const enrolment = (candidateId: string, formerOccupationCode: string | null, languages: string[]) =>
  createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId,
    sponsorId: randomUUID(),
    officeIds: [randomUUID()],
    enrolledAt: '2026-06-01T09:00:00.000Z',
    formerOccupationCode,
    languages,
  }) as AnyEvent;

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

describe("an HR file's enrolments, per Kafka batch", () => {
  it('records each person once as one at a time would: first code and languages given, the erased left out', async () => {
    const erased = randomUUID();
    await deliver(
      createEvent('CandidateErased.v1', erased, {
        candidateId: erased,
        erasedAt: '2026-06-01T08:00:00.000Z',
      }) as AnyEvent,
    );
    const people = Array.from({ length: 40 }, () => randomUUID());
    const twice = people[7]!;
    const events = [
      ...people.map((id, i) => enrolment(id, i % 3 === 0 ? 'N1101' : null, i % 2 === 0 ? ['fr'] : [])),
      enrolment(erased, 'H2913', ['fr']),
      // Enrolled again in the same batch (a second programme's file): the code fills the empty one,
      // the languages already given stay.
      enrolment(twice, 'M1203', ['en']),
    ];
    await deliver(...events);
    const rows: { candidate_id: string; former_occupation_code: string | null; languages: string[] }[] =
      await dataSource.query(
        `SELECT candidate_id, former_occupation_code, languages FROM candidate_background
          WHERE candidate_id = ANY($1::uuid[]) ORDER BY candidate_id`,
        [[...people, erased]],
      );
    const expected = people
      .map((id, i) => ({
        candidate_id: id,
        former_occupation_code: id === twice ? 'M1203' : i % 3 === 0 ? 'N1101' : null,
        languages: id === twice ? ['en'] : i % 2 === 0 ? ['fr'] : [],
      }))
      .sort((a, b) => a.candidate_id.localeCompare(b.candidate_id));
    expect(rows).toEqual(expected);
    const scoped: { n: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n FROM candidate_scope WHERE candidate_id = ANY($1::uuid[])`,
      [people],
    );
    expect(scoped).toEqual([{ n: people.length }]);
  });
});

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
