import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Kafka, Partitioners, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import {
  EVENT_CATALOGUE,
  type AnyEvent,
  type EventKey,
  type EventPayload,
} from '@passerelle/shared/contracts';
import { createEvent, eventHeaders } from '@passerelle/shared/messaging';
import { startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  expectGraphQLError,
  freePort,
  subgraphAs,
  testInfrastructure,
  TopicReader,
  waitFor,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { importReferenceData } from '@passerelle/matching/feature-reference';
import { matchingApp } from './matching.app';
import { addProductionOccupations } from './test/production-occupations';

/**
 * The one title resolver at enrolment (issue 19, item 1), on real PostgreSQL and Kafka with the
 * project's sample ROME: a sure title gives the code and announces it; an unsure one becomes the
 * coach's confirmation task (top candidates), which the coach answers; the code HR gives wins; a
 * correction's new title is resolved the same way.
 */
const SAMPLE = join(__dirname, '../../../tests/fixtures/matching/reference');
const SECRET = 'former-occupation-int-spec-secret-0123456789abcdef';
const LYON = randomUUID();
const PARIS = randomUUID();
const PROGRAMME = randomUUID();
const SPONSOR = randomUUID();
const COACH = randomUUID();
const sure = randomUUID(); // "MAGASINIERE H/F"
const unsure = randomUUID(); // "Logistique"
const given = randomUUID(); // a ROME code in the file, and a title
const corrected = randomUUID(); // enrolled with no title, then a correction gives one
const dairy = randomUUID(); // "Opératrice de production" of a cheese dairy (NAF 10.51C), service "Production"
const dairyFabrication = randomUUID(); // the same in a service "Fabrication", a word no production title holds
const noContext = randomUUID(); // the same title with no context

const { kafkaBrokers } = testInfrastructure();
const kafka = new Kafka({ clientId: 'former-occupation-int-spec', brokers: kafkaBrokers, logLevel: 1 });
let database: TestDatabase;
let dataSource: DataSource;
let app: INestApplication;
let url: string;
let producer: Producer;
let reader: TopicReader;
/** The file's own topics (KAFKA_TOPIC_PREFIX): no other file's events reach the service. */
let topics: RunTopics;

const identities: Record<string, Identity> = {
  person: { subject: 'person', role: 'candidate', candidateId: unsure },
  coach: { subject: 'coach', role: 'coach', coachId: COACH, officeIds: [LYON] },
  otherCoach: { subject: 'coach-2', role: 'coach', coachId: randomUUID(), officeIds: [LYON] },
  opsLyon: { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false },
  opsParis: { subject: 'ops-paris', role: 'ops', officeIds: [PARIS], allOffices: false },
  sponsor: { subject: 'hr', role: 'sponsor', sponsorIds: [SPONSOR] },
};
type As = keyof typeof identities;

const gql = async <T = Record<string, unknown>>(
  as: As,
  query: string,
  variables: Record<string, unknown> = {},
) => (await subgraphAs(url, identities[as]!, SECRET).request<T>(query, variables)).body;

async function publish<K extends EventKey>(
  key: K,
  aggregateId: string,
  payload: EventPayload<K>,
): Promise<void> {
  const event = createEvent(key, aggregateId, payload);
  await producer.send({
    topic: topics.topic(EVENT_CATALOGUE[key].topic),
    acks: -1,
    messages: [
      { key: aggregateId, value: JSON.stringify(event), headers: eventHeaders(event as AnyEvent, null) },
    ],
  });
}

const enrol = (
  candidateId: string,
  formerJobTitle: string | null,
  formerOccupationCode: string | null = null,
  context: { employerNafCode?: string; service?: string } = {},
) =>
  publish('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: PROGRAMME,
    sponsorId: SPONSOR,
    officeIds: [LYON],
    enrolledAt: new Date().toISOString(),
    formerOccupationCode,
    formerJobTitle,
    languages: ['fr'],
    ...context,
  });

type Resolved = { romeCode: string; how: string; confidence: number; programmeId: string };
const resolvedFor = (candidateId: string) =>
  reader
    .matching((m) => m.message.key?.toString() === candidateId)
    .map((m) => JSON.parse(m.value!) as { type: string; payload: Resolved })
    .filter((event) => event.type === 'FormerOccupationResolved')
    .map((event) => event.payload);

const profileCode = async (candidateId: string): Promise<string | null | undefined> => {
  const rows = (await dataSource.query(
    `SELECT former_occupation_code FROM candidate_profile WHERE candidate_id = $1`,
    [candidateId],
  )) as { former_occupation_code: string | null }[];
  return rows[0]?.former_occupation_code;
};

const CONFIRMATION = `query($id: ID!) { _entities(representations: [{ __typename: "Candidate", id: $id }]) {
  ... on Candidate { formerOccupationConfirmation { candidate { id } formerJobTitle status occupationCode
    candidates { occupationCode label confidence } }
    recommendations { occupationCode proximity } } } }`;
type Confirmation = {
  candidate: { id: string };
  formerJobTitle: string;
  status: string;
  occupationCode: string | null;
  candidates: { occupationCode: string; label: string; confidence: number }[];
};
type Entities = {
  _entities: {
    formerOccupationConfirmation: Confirmation | null;
    recommendations: { occupationCode: string; proximity: string }[];
  }[];
};
const PENDING = `{ pendingFormerOccupationConfirmations { candidate { id } formerJobTitle status candidates { occupationCode } } }`;
const CONFIRM = `mutation($id: ID!, $code: String!) { confirmFormerOccupation(candidateId: $id, occupationCode: $code) {
  candidate { id } status occupationCode formerJobTitle } }`;

beforeAll(async () => {
  database = await createTestDatabase('matching_former_occupation');
  dataSource = new DataSource(matchingDataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await importReferenceData(dataSource, SAMPLE);
  await addProductionOccupations(dataSource);
  const groupPrefix = `test-matching-${database.name.replace(/_/g, '-')}`;
  topics = await createRunTopics(kafkaBrokers);
  reader = await TopicReader.start(kafka, [
    topics.topic(EVENT_CATALOGUE['FormerOccupationResolved.v1'].topic),
  ]);
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
  await enrol(sure, 'MAGASINIERE H/F');
  await enrol(unsure, 'Logistique');
  await enrol(given, 'Logistique', 'M1805');
  await enrol(corrected, null);
  await enrol(dairy, 'Opératrice de production', null, { employerNafCode: '10.51C', service: 'Production' });
  await enrol(dairyFabrication, 'Opératrice de production', null, {
    employerNafCode: '10.51C',
    service: 'Fabrication',
  });
  await enrol(noContext, 'Opératrice de production');
  await publish('CoachAssigned.v1', unsure, {
    candidateId: unsure,
    programmeId: PROGRAMME,
    coachId: COACH,
    officeId: LYON,
    previousCoachId: null,
    mode: 'automatic',
    assignedAt: new Date().toISOString(),
  });
});

afterAll(async () => {
  await app?.close();
  await producer?.disconnect();
  await reader?.stop();
  await dataSource?.destroy();
  await database?.drop();
  await topics?.delete();
});

describe('the former job title at enrolment', () => {
  it('a sure title gives the code, announces it as automatic and ranks the person on it', async () => {
    const [announced] = await waitFor(async () => (resolvedFor(sure).length > 0 ? resolvedFor(sure) : null), {
      what: 'FormerOccupationResolved for the sure title',
      timeoutMs: 30_000,
    });
    expect(announced).toEqual({
      candidateId: sure,
      programmeId: PROGRAMME,
      romeCode: 'N1103',
      how: 'automatic',
      confidence: 1,
      resolvedAt: expect.any(String),
    });
    expect(await profileCode(sure)).toBe('N1103');
    const [first] = await waitFor(
      async () => {
        const rows = (await dataSource.query(
          `SELECT occupation_code FROM occupation_recommendation WHERE candidate_id = $1 ORDER BY rank LIMIT 1`,
          [sure],
        )) as { occupation_code: string }[];
        return rows.length > 0 ? rows : null;
      },
      { what: 'recommendations of the sure title', timeoutMs: 30_000 },
    );
    expect(first!.occupation_code).toBe('N1103');
    expect(
      (await gql<Entities>('opsLyon', CONFIRMATION, { id: sure })).data!._entities[0]!
        .formerOccupationConfirmation,
    ).toBeNull();
  });

  it('a code HR gave wins over the title: no task, nothing announced', async () => {
    await waitFor(async () => ((await profileCode(given)) === 'M1805' ? true : null), {
      what: 'the given code on the profile',
      timeoutMs: 30_000,
    });
    expect(
      await dataSource.query(`SELECT 1 FROM former_occupation_confirmation WHERE candidate_id = $1`, [given]),
    ).toEqual([]);
    expect(resolvedFor(given)).toEqual([]);
  });

  it("an unsure title becomes the coach's task with the top candidates; who sees it", async () => {
    const pending = await waitFor(
      async () => {
        const answer = await gql<{ pendingFormerOccupationConfirmations: Confirmation[] }>('coach', PENDING);
        return (
          answer.data?.pendingFormerOccupationConfirmations.find((c) => c.candidate.id === unsure) ?? null
        );
      },
      { what: "the coach's pending confirmation", timeoutMs: 30_000 },
    );
    expect(pending).toEqual({
      candidate: { id: unsure },
      formerJobTitle: 'Logistique',
      status: 'PENDING',
      candidates: [{ occupationCode: 'K2111' }, { occupationCode: 'N1301' }],
    });
    expect(await profileCode(unsure)).toBeNull();
    expect(resolvedFor(unsure)).toEqual([]);

    // Role matrix: the person, their coach, ops of their offices read it; another coach, ops
    // elsewhere read nothing; a sponsor is refused; only a coach has a pending list.
    for (const reader of ['person', 'coach', 'opsLyon'] as const) {
      const seen = (await gql<Entities>(reader, CONFIRMATION, { id: unsure })).data!._entities[0]!;
      expect(seen.formerOccupationConfirmation).toMatchObject({
        status: 'PENDING',
        formerJobTitle: 'Logistique',
      });
      expect(seen.formerOccupationConfirmation!.candidates[0]).toEqual({
        occupationCode: 'K2111',
        label: 'Formateur / Formatrice',
        confidence: expect.any(Number),
      });
    }
    for (const outsider of ['otherCoach', 'opsParis'] as const) {
      expect(
        (await gql<Entities>(outsider, CONFIRMATION, { id: unsure })).data!._entities[0]!
          .formerOccupationConfirmation,
      ).toBeNull();
    }
    expectGraphQLError(await gql('sponsor', CONFIRMATION, { id: unsure }), 'FORBIDDEN');
    expect(
      (await gql<{ pendingFormerOccupationConfirmations: unknown[] }>('otherCoach', PENDING)).data!
        .pendingFormerOccupationConfirmations,
    ).toEqual([]);
    for (const refused of ['person', 'opsLyon', 'sponsor'] as const)
      expectGraphQLError(await gql(refused, PENDING), 'FORBIDDEN');
  });

  it('the coach confirms: bad codes named, outsiders refused, then the code is announced and ranked on', async () => {
    for (const outsider of ['person', 'otherCoach', 'opsParis', 'sponsor'] as const) {
      expectGraphQLError(await gql(outsider, CONFIRM, { id: unsure, code: 'N1301' }), 'FORBIDDEN');
    }
    expectGraphQLError(
      await gql('coach', CONFIRM, { id: unsure, code: 'X12' }),
      'INVALID_OCCUPATION_CODE',
      'occupationCode',
    );
    expectGraphQLError(
      await gql('coach', CONFIRM, { id: unsure, code: 'A1101' }),
      'UNKNOWN_OCCUPATION',
      'occupationCode',
    );
    expect(resolvedFor(unsure)).toEqual([]);

    const answer = await gql<{ confirmFormerOccupation: Record<string, unknown> }>('coach', CONFIRM, {
      id: unsure,
      code: 'n1301',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.confirmFormerOccupation).toEqual({
      candidate: { id: unsure },
      status: 'CONFIRMED',
      occupationCode: 'N1301',
      formerJobTitle: 'Logistique',
    });
    const [announced] = await waitFor(
      async () => (resolvedFor(unsure).length > 0 ? resolvedFor(unsure) : null),
      {
        what: 'FormerOccupationResolved (confirmed)',
        timeoutMs: 30_000,
      },
    );
    expect(announced).toMatchObject({
      romeCode: 'N1301',
      how: 'confirmed',
      confidence: 1,
      programmeId: PROGRAMME,
    });
    expect(await profileCode(unsure)).toBe('N1301');
    const seen = (await gql<Entities>('coach', CONFIRMATION, { id: unsure })).data!._entities[0]!;
    expect(seen.recommendations[0]).toEqual({ occupationCode: 'N1301', proximity: 'SAME' });
    expect(
      (await gql<{ pendingFormerOccupationConfirmations: unknown[] }>('coach', PENDING)).data!
        .pendingFormerOccupationConfirmations,
    ).toEqual([]);

    // Answered once: a second answer finds nothing to confirm.
    expectGraphQLError(
      await gql('coach', CONFIRM, { id: unsure, code: 'K2111' }),
      'NO_OCCUPATION_TO_CONFIRM',
    );
  });

  it("a correction's new title goes through the same resolver", async () => {
    await waitFor(async () => ((await profileCode(corrected)) === null ? true : null), {
      what: 'the person enrolled without a title',
      timeoutMs: 30_000,
    });
    await publish('CandidateDetailsCorrected.v1', corrected, {
      candidateId: corrected,
      programmeId: PROGRAMME,
      formerOccupationCode: null,
      formerJobTitle: 'Resp. logistique',
      correctedAt: new Date().toISOString(),
    });
    const [announced] = await waitFor(
      async () => (resolvedFor(corrected).length > 0 ? resolvedFor(corrected) : null),
      { what: 'FormerOccupationResolved after the correction', timeoutMs: 30_000 },
    );
    expect(announced).toMatchObject({ romeCode: 'N1301', how: 'automatic' });
    expect(await profileCode(corrected)).toBe('N1301');
  });
});

describe("the former title read with the employer's NAF code and the service (decision 0039)", () => {
  it('an "Opératrice de production" of a cheese dairy in "Production" is coded H2105 without a coach', async () => {
    const [announced] = await waitFor(
      async () => (resolvedFor(dairy).length > 0 ? resolvedFor(dairy) : null),
      {
        what: 'FormerOccupationResolved for the dairy operator',
        timeoutMs: 30_000,
      },
    );
    expect(announced).toMatchObject({ candidateId: dairy, romeCode: 'H2105', how: 'automatic' });
    expect(await profileCode(dairy)).toBe('H2105');
    expect(
      await dataSource.query(
        `SELECT employer_naf_code, service FROM candidate_profile WHERE candidate_id = $1`,
        [dairy],
      ),
    ).toEqual([{ employer_naf_code: '10.51C', service: 'Production' }]);
    expect(
      await dataSource.query(`SELECT 1 FROM former_occupation_confirmation WHERE candidate_id = $1`, [dairy]),
    ).toEqual([]);
  });

  it('the same title without context goes to the coach, the production occupations offered', async () => {
    const [task] = await waitFor(
      async () => {
        const rows = (await dataSource.query(
          `SELECT status, candidates FROM former_occupation_confirmation WHERE candidate_id = $1`,
          [noContext],
        )) as { status: string; candidates: { romeCode: string }[] }[];
        return rows.length > 0 ? rows : null;
      },
      { what: 'the confirmation task of the title without context', timeoutMs: 30_000 },
    );
    expect(task!.status).toBe('pending');
    expect(task!.candidates.map((c) => c.romeCode).sort()).toEqual(['H2105', 'H2701', 'H2909']);
    expect(await profileCode(noContext)).toBeNull();
    expect(resolvedFor(noContext)).toEqual([]);
  });

  it('in a service "Fabrication" the trade reading is not enough (the title holds no word of it): the coach confirms, the dairy\'s occupation first', async () => {
    const [task] = await waitFor(
      async () => {
        const rows = (await dataSource.query(
          `SELECT status, candidates FROM former_occupation_confirmation WHERE candidate_id = $1`,
          [dairyFabrication],
        )) as { status: string; candidates: { romeCode: string }[] }[];
        return rows.length > 0 ? rows : null;
      },
      { what: 'the confirmation task of the dairy operator in Fabrication', timeoutMs: 30_000 },
    );
    expect(task!.status).toBe('pending');
    expect(task!.candidates[0]!.romeCode).toBe('H2105');
    expect(resolvedFor(dairyFabrication)).toEqual([]);
  });
});
