import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type EventKey,
  type EventOf,
  type EventPayload,
} from '@passerelle/shared/contracts';
import { createEvent, eventHeaders } from '@passerelle/shared/messaging';
import { startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  freePort,
  subgraphAs,
  testInfrastructure,
  TopicReader,
  waitFor,
  waitForGroupToCatchUp,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { CandidateProfileRepository, matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { matchingApp } from './matching.app';

/**
 * Career's validated professional project in matching, on real PostgreSQL and Kafka with the
 * project's sample reference: the targets drive the person's leads, a later version replaces them,
 * a redelivered or older version changes nothing.
 */
const SAMPLE = join(__dirname, '../../../tests/fixtures/matching/reference');
const SECRET = 'matching-project-int-spec-secret-0123456789abcdef';
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const OFFICE = randomUUID();
const nadia = randomUUID();
const projectId = randomUUID();

const { kafkaBrokers } = testInfrastructure();
const kafka = new Kafka({
  clientId: 'matching-project-int-spec',
  brokers: kafkaBrokers,
  logLevel: logLevel.NOTHING,
});
let database: TestDatabase;
let dataSource: DataSource;
let app: INestApplication;
let url: string;
let producer: Producer;
let reader: TopicReader;
/** The file's own topics (KAFKA_TOPIC_PREFIX): no other file's events reach the service. */
let topics: RunTopics;
let groupPrefix: string;

const person: Identity = { subject: 'nadia', role: 'candidate', candidateId: nadia };

async function send(event: AnyEvent): Promise<void> {
  await producer.send({
    topic: topics.topic(EVENT_CATALOGUE[`${event.type}.v${event.version}` as EventKey].topic),
    acks: -1,
    messages: [{ key: event.aggregateId, value: JSON.stringify(event), headers: eventHeaders(event, null) }],
  });
}

async function publish<K extends EventKey>(
  key: K,
  aggregateId: string,
  payload: EventPayload<K>,
): Promise<EventOf<K>> {
  const event = createEvent(key, aggregateId, payload);
  await send(event as AnyEvent);
  return event;
}

const version = (n: number, targetOccupationCodes: string[]) => ({
  projectId,
  candidateId: nadia,
  programmeId: PROGRAMME,
  version: n,
  targetOccupationCodes,
  verdict: 'feasible' as const,
  trainingNeeded: false,
  validatedAt: new Date().toISOString(),
});

const MATCHES = `query($id: ID!) { _entities(representations: [{ __typename: "Candidate", id: $id }]) {
  ... on Candidate { recommendations { occupationCode } matches { offer { id occupationCode } explanation } } } }`;
type View = {
  recommendations: { occupationCode: string }[];
  matches: { offer: { id: string; occupationCode: string }; explanation: string }[];
};
const view = async (): Promise<View> => {
  const answer = await subgraphAs(url, person, SECRET).ok<{ _entities: View[] }>(MATCHES, { id: nadia });
  return answer._entities[0]!;
};
const profile = async () => (await app.get(CandidateProfileRepository).find(dataSource.manager, nadia))!;
const offersMatched = () =>
  reader.matching((m) => m.message.key?.toString() === nadia && !!m.value?.includes('"type":"OffersMatched"'))
    .length;

/** An offer of each sample occupation, in Lyon. */
const offers = new Map<string, string>();

beforeAll(async () => {
  database = await createTestDatabase('matching_project');
  dataSource = new DataSource(matchingDataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await importReferenceData(dataSource, SAMPLE);
  groupPrefix = `test-matching-project-${randomUUID().slice(0, 8)}`;
  topics = await createRunTopics(kafkaBrokers);
  reader = await TopicReader.start(kafka, [topics.topic(EVENT_CATALOGUE['OffersMatched.v1'].topic)]);
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const port = await freePort();
  app = await startService(matchingApp, {
    PORT: String(port),
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    INTERNAL_IDENTITY_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_INTERVAL_MS: '50',
    KAFKA_GROUP_PREFIX: groupPrefix,
    KAFKA_TOPIC_PREFIX: topics.prefix,
    KAFKA_FETCH_MAX_WAIT_MS: '500',
  });
  url = `http://127.0.0.1:${port}/graphql`;

  await publish('CandidateEnrolled.v1', nadia, {
    candidateId: nadia,
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    officeIds: [OFFICE],
    enrolledAt: new Date().toISOString(),
    formerOccupationCode: 'N1103',
    languages: ['fr'],
    homeDepartmentCode: '69',
    employmentZoneCode: null,
  });
  for (const occupationCode of ['N1103', 'N1301', 'N4105', 'M1805', 'I1307', 'D1106', 'K2111']) {
    const offerId = randomUUID();
    offers.set(occupationCode, offerId);
    await publish('JobOfferPublished.v1', offerId, {
      offerId,
      occupationCode,
      title: `Offre ${occupationCode}`,
      communeCode: '69123',
      contractType: 'permanent',
      skillCodes: ['800001'],
      publishedOn: new Date().toISOString().slice(0, 10),
      expiresOn: null,
      publishedAt: new Date().toISOString(),
    });
  }
  await waitFor(
    async () => {
      const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS n FROM job_offer`)) as { n: number }[];
      return n === offers.size ? n : null;
    },
    { what: 'every sample offer stored', timeoutMs: 60_000 },
  );
}, 120_000);

afterAll(async () => {
  await app?.close();
  await producer?.disconnect();
  await reader?.stop();
  await dataSource?.destroy();
  await database?.drop();
  await topics?.delete();
});

describe("the professional project's targets in matching", () => {
  let outsider: string;
  let lastSuggested: string;

  it('an occupation the suggestions lack becomes a lead once the project aims at it, said to come from the project', async () => {
    const before = await waitFor(
      async () => {
        const v = await view();
        return v.recommendations.length > 0 && v.matches.length > 0 ? v : null;
      },
      { what: 'recommendations and leads on enrolment', timeoutMs: 60_000 },
    );
    const suggested = new Set(before.recommendations.map((r) => r.occupationCode));
    lastSuggested = before.recommendations.at(-1)!.occupationCode;
    // The sample holds seven occupations; the ranking keeps a few for a warehouse worker.
    outsider = [...offers.keys()].find((code) => !suggested.has(code))!;
    expect(outsider).toBeDefined();
    expect(before.matches.map((m) => m.offer.occupationCode)).not.toContain(outsider);

    await publish('ProjectValidated.v1', nadia, version(1, [outsider]));
    const after = await waitFor(
      async () => {
        const v = await view();
        return v.matches.some((m) => m.offer.id === offers.get(outsider)) ? v : null;
      },
      { what: `the ${outsider} offer among the leads`, timeoutMs: 30_000 },
    );
    expect(after.matches.find((m) => m.offer.id === offers.get(outsider))!.explanation).toContain(
      'un métier visé par votre projet professionnel',
    );
    // The suggestions are the person's own doors and stay as they were.
    expect(after.recommendations).toEqual(before.recommendations);
    expect(await profile()).toMatchObject({ projectVersion: 1, projectTargetCodes: [outsider] });
  });

  it('a later version replaces the targets; an older version or a redelivery arriving late changes nothing', async () => {
    const changed = await publish('ProjectChanged.v1', nadia, {
      ...version(2, [lastSuggested]),
      previousVersion: 1,
    });
    await waitFor(async () => ((await profile()).projectVersion === 2 ? true : null), {
      what: 'version 2 taken',
      timeoutMs: 30_000,
    });
    const leads = await waitFor(
      async () => {
        const v = await view();
        return v.matches.some((m) => m.offer.id === offers.get(outsider)) ? null : v;
      },
      { what: `the ${outsider} offer gone with the old target`, timeoutMs: 30_000 },
    );
    // The last of the suggestions, now the project's target, ranks with the best and says why.
    const target = leads.matches.findIndex((m) => m.offer.occupationCode === lastSuggested);
    expect(target).toBeLessThanOrEqual(1);
    expect(leads.matches[target]!.explanation).toContain('un métier visé par votre projet professionnel');

    const announced = offersMatched();
    await send(changed as AnyEvent); // redelivered
    await publish('ProjectValidated.v1', nadia, version(1, [outsider])); // an older version, late
    await waitForGroupToCatchUp(
      kafka,
      `${groupPrefix}.matching.${topics.topic(EVENT_CATALOGUE['ProjectChanged.v1'].topic)}`,
      topics.topic(EVENT_CATALOGUE['ProjectChanged.v1'].topic),
    );
    expect(await profile()).toMatchObject({ projectVersion: 2, projectTargetCodes: [lastSuggested] });
    const [{ n }] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM inbox_message WHERE event_id = $1`,
      [changed.eventId],
    )) as { n: number }[];
    expect(n).toBe(1);
    // Nothing re-ranked, nothing announced again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(offersMatched()).toBe(announced);
  });
});
