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
import { addMaintenanceOccupations } from './test/maintenance-occupations';
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
const dairyFabrication = randomUUID(); // the same in a service "Fabrication": a production department too
const noContext = randomUUID(); // the same title with no context
const plasticsMaintenance = randomUUID(); // "TECHNICIENNE DE MAINTENANCE" of a plastics maker (22.29A), service "Maintenance"
const plasticsNoService = randomUUID(); // the same title and NAF code, no service

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
  await addMaintenanceOccupations(dataSource);
  // The production occupations get the skills of the sample's order picker, so people coded with
  // them are ranked (the amendment's re-ranking below is seen).
  await dataSource.query(
    `INSERT INTO occupation_skill (rome_code, skill_code, block, core)
     SELECT code, skill_code, block, core FROM occupation_skill, unnest(ARRAY['H2105', 'H2909']) AS code
      WHERE rome_code = 'N1103'`,
  );
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
  await enrol(plasticsMaintenance, 'TECHNICIENNE DE MAINTENANCE', null, {
    employerNafCode: '22.29A',
    service: 'Maintenance',
  });
  await enrol(plasticsNoService, 'TECHNICIENNE DE MAINTENANCE', null, { employerNafCode: '22.29A' });
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
          `SELECT occupation_code FROM occupation_recommendation WHERE candidate_id = $1 AND proximity = 'same'`,
          [sure],
        )) as { occupation_code: string }[];
        return rows.length > 0 ? rows : null;
      },
      { what: 'recommendations of the sure title', timeoutMs: 30_000 },
    );
    // Ranked on N1103: it is the person's own occupation in the list. (Not necessarily first here:
    // H2105 and H2909 were given N1103's very skills above, so the learned mobility finds them as
    // likely as a ROME link and demand or interests may put one of these twins ahead.)
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

  it('in a service "Fabrication" (a production department by another name) it is coded H2105 too', async () => {
    const [announced] = await waitFor(
      async () => (resolvedFor(dairyFabrication).length > 0 ? resolvedFor(dairyFabrication) : null),
      { what: 'FormerOccupationResolved for the dairy operator in Fabrication', timeoutMs: 30_000 },
    );
    expect(announced).toMatchObject({ candidateId: dairyFabrication, romeCode: 'H2105', how: 'automatic' });
    expect(
      await dataSource.query(`SELECT 1 FROM former_occupation_confirmation WHERE candidate_id = $1`, [
        dairyFabrication,
      ]),
    ).toEqual([]);
  });
});

describe("a factory's support function read where ROME files it (decision 0050)", () => {
  it('a plastics maker\'s "TECHNICIENNE DE MAINTENANCE" in "Maintenance" is coded I1304 (filed under 33, not 22) without a coach', async () => {
    const [announced] = await waitFor(
      async () => (resolvedFor(plasticsMaintenance).length > 0 ? resolvedFor(plasticsMaintenance) : null),
      { what: 'FormerOccupationResolved for the plastics maintenance technician', timeoutMs: 30_000 },
    );
    expect(announced).toMatchObject({
      candidateId: plasticsMaintenance,
      romeCode: 'I1304',
      how: 'automatic',
    });
    expect(await profileCode(plasticsMaintenance)).toBe('I1304');
    expect(
      await dataSource.query(`SELECT 1 FROM former_occupation_confirmation WHERE candidate_id = $1`, [
        plasticsMaintenance,
      ]),
    ).toEqual([]);
  });

  it('without the service, the same title at the same site goes to the coach, I1304 among the three offered', async () => {
    const [task] = await waitFor(
      async () => {
        const rows = (await dataSource.query(
          `SELECT status, candidates FROM former_occupation_confirmation WHERE candidate_id = $1`,
          [plasticsNoService],
        )) as { status: string; candidates: { romeCode: string }[] }[];
        return rows.length > 0 ? rows : null;
      },
      { what: 'the confirmation task of the technician without a service', timeoutMs: 30_000 },
    );
    expect(task!.status).toBe('pending');
    expect(task!.candidates).toHaveLength(3);
    expect(task!.candidates.map((c) => c.romeCode)).toContain('I1304');
    expect(await profileCode(plasticsNoService)).toBeNull();
    expect(resolvedFor(plasticsNoService)).toEqual([]);
  });
});

// Ops amend the programme's employer NAF code (decision 0039): the people whose occupation came
// from their title are read again with it, set-based; HR's codes and the coach's answers stay.
describe("the programme's NAF code amended: its people's titles read again", () => {
  const AMENDED = randomUUID();
  const pending = randomUUID(); // "Opératrice de production", no NAF code: waits for the coach
  const confirmed = randomUUID(); // the same, then the coach confirms H2909
  const hrCode = randomUUID(); // the same with HR's code H2909
  const sure = randomUUID(); // "MAGASINIERE H/F": N1103 from the title alone
  const late = randomUUID(); // enrolled before the amendment, its event read after it
  const beforeAmendment = new Date(Date.now() - 60_000).toISOString();
  const enrolIn = (candidateId: string, title: string, code: string | null = null, enrolledAt?: string) =>
    publish('CandidateEnrolled.v1', candidateId, {
      candidateId,
      programmeId: AMENDED,
      sponsorId: SPONSOR,
      officeIds: [LYON],
      enrolledAt: enrolledAt ?? new Date().toISOString(),
      formerOccupationCode: code,
      formerJobTitle: title,
      languages: ['fr'],
      employerNafCode: null,
      service: null,
    });
  const amendment = (employerNafCode: string | null, amendedAt = new Date().toISOString()) =>
    createEvent('ProgrammeAmended.v1', AMENDED, {
      programmeId: AMENDED,
      sponsorId: SPONSOR,
      type: 'pse',
      sites: ['Poligny'],
      headcount: 120,
      startDate: '2026-09-01',
      durationMonths: 12,
      sessionBudgetPerPerson: 15,
      officeIds: [LYON],
      outcomeTargets: [],
      employerNafCode,
      status: 'contracted',
      amendedAt,
    });
  const send = async (event: AnyEvent) =>
    producer.send({
      topic: topics.topic(EVENT_CATALOGUE['ProgrammeAmended.v1'].topic),
      acks: -1,
      messages: [{ key: AMENDED, value: JSON.stringify(event), headers: eventHeaders(event, null) }],
    });
  const task = async (candidateId: string) =>
    (
      (await dataSource.query(
        `SELECT status, rome_code, candidates FROM former_occupation_confirmation WHERE candidate_id = $1`,
        [candidateId],
      )) as { status: string; rome_code: string | null; candidates: { romeCode: string }[] }[]
    )[0];
  const profile = async (candidateId: string) =>
    (
      (await dataSource.query(
        `SELECT former_occupation_code, former_occupation_source, employer_naf_code FROM candidate_profile
          WHERE candidate_id = $1`,
        [candidateId],
      )) as {
        former_occupation_code: string | null;
        former_occupation_source: string | null;
        employer_naf_code: string | null;
      }[]
    )[0];
  const codes = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries({ pending, confirmed, hrCode, sure }).map(async ([name, id]) => [
          name,
          await profile(id),
        ]),
      ),
    );

  beforeAll(async () => {
    await enrolIn(pending, 'Opératrice de production');
    await enrolIn(confirmed, 'Opératrice de production');
    await enrolIn(hrCode, 'Opératrice de production', 'H2909');
    await enrolIn(sure, 'MAGASINIERE H/F');
    await publish('CoachAssigned.v1', confirmed, {
      candidateId: confirmed,
      programmeId: AMENDED,
      coachId: COACH,
      officeId: LYON,
      previousCoachId: null,
      mode: 'automatic',
      assignedAt: new Date().toISOString(),
    });
    await waitFor(async () => ((await task(confirmed)) && (await task(pending)) ? true : null), {
      what: 'the two confirmation tasks',
      timeoutMs: 30_000,
    });
    await waitFor(async () => (resolvedFor(sure).length > 0 ? true : null), {
      what: 'the sure title announced',
      timeoutMs: 30_000,
    });
    const answer = await waitFor(
      async () => {
        const body = await gql('coach', CONFIRM, { id: confirmed, code: 'H2909' });
        return body.errors ? null : body;
      },
      { what: "the coach's confirmation (once the person is in their caseload)", timeoutMs: 30_000 },
    );
    expect(answer.data).toMatchObject({ confirmFormerOccupation: { occupationCode: 'H2909' } });
  });

  it('a cheese dairy code: the waiting title is coded H2105 and announced, its task closed; HR, the coach and a sure title untouched', async () => {
    const first = amendment('10.51C');
    await send(first as AnyEvent);
    const [announced] = await waitFor(
      async () => (resolvedFor(pending).length > 0 ? resolvedFor(pending) : null),
      { what: 'FormerOccupationResolved after the amendment', timeoutMs: 30_000 },
    );
    expect(announced).toMatchObject({ programmeId: AMENDED, romeCode: 'H2105', how: 'automatic' });
    expect(await task(pending)).toBeUndefined();
    expect(await codes()).toEqual({
      pending: {
        former_occupation_code: 'H2105',
        former_occupation_source: 'automatic',
        employer_naf_code: '10.51C',
      },
      confirmed: {
        former_occupation_code: 'H2909',
        former_occupation_source: 'confirmed',
        employer_naf_code: '10.51C',
      },
      hrCode: {
        former_occupation_code: 'H2909',
        former_occupation_source: 'given',
        employer_naf_code: '10.51C',
      },
      sure: {
        former_occupation_code: 'N1103',
        former_occupation_source: 'automatic',
        employer_naf_code: '10.51C',
      },
    });
    expect((await task(confirmed))!).toMatchObject({ status: 'confirmed', rome_code: 'H2909' });
    // Ranked again on the new code: as the dairy's operator coded H2105 at enrolment is.
    const ranked = (candidateId: string) =>
      dataSource.query(
        `SELECT occupation_code, proximity FROM occupation_recommendation WHERE candidate_id = $1 ORDER BY rank`,
        [candidateId],
      ) as Promise<{ occupation_code: string; proximity: string }[]>;
    const rankedOnH2105 = await waitFor(
      async () => {
        const rows = await ranked(pending);
        return rows[0]?.occupation_code === 'H2105' ? rows : null;
      },
      { what: 'the person ranked on H2105', timeoutMs: 30_000 },
    );
    expect(rankedOnH2105[0]!.proximity).toBe('same');
    expect(rankedOnH2105).toEqual(await ranked(dairy));

    // The same amendment delivered again (the inbox), and an older one arriving late: nothing moves.
    await send(first as AnyEvent);
    await send(amendment(null, new Date(Date.now() - 3_600_000).toISOString()) as AnyEvent);
    // A person enrolled before the amendment, whose enrolment is read after it, takes the amended code.
    await enrolIn(late, 'Opératrice de production', null, beforeAmendment);
    await waitFor(async () => (resolvedFor(late).length > 0 ? true : null), {
      what: 'the late enrolment read with the amended code',
      timeoutMs: 30_000,
    });
    expect(resolvedFor(late)).toMatchObject([{ romeCode: 'H2105', how: 'automatic' }]);
    expect(resolvedFor(pending)).toHaveLength(1);
    expect(resolvedFor(sure)).toHaveLength(1);
    expect(resolvedFor(confirmed).map((event) => event.how)).toEqual(['confirmed']);
    expect(resolvedFor(hrCode)).toEqual([]);
    expect((await profile(pending))!.employer_naf_code).toBe('10.51C');
  });

  it("a car-parts maker's code instead: the operator is no longer sure, her code is taken back and her coach is asked, the assembly occupation first", async () => {
    await send(amendment('29.32Z') as AnyEvent);
    const reopened = await waitFor(async () => (await task(pending)) ?? null, {
      what: 'the task opened again',
      timeoutMs: 30_000,
    });
    expect(reopened).toMatchObject({ status: 'pending', rome_code: null });
    expect(reopened.candidates[0]!.romeCode).toBe('H2909');
    expect(await profile(pending)).toEqual({
      former_occupation_code: null,
      former_occupation_source: null,
      employer_naf_code: '29.32Z',
    });
    expect(resolvedFor(pending)).toHaveLength(1);
    // Intake and assessment were told H2105: it is taken back (ids and a date only).
    const withdrawn = await waitFor(
      async () => {
        const events = reader
          .matching((m) => m.message.key?.toString() === pending)
          .map((m) => JSON.parse(m.value!) as { type: string; payload: Record<string, unknown> })
          .filter((event) => event.type === 'FormerOccupationWithdrawn');
        return events.length > 0 ? events : null;
      },
      { what: 'FormerOccupationWithdrawn for the operator', timeoutMs: 30_000 },
    );
    expect(withdrawn.map((event) => event.payload)).toEqual([
      { candidateId: pending, programmeId: AMENDED, withdrawnAt: expect.any(String) },
    ]);
    // Ranked again without a former occupation: her former code is no longer "the same job".
    const first = (await dataSource.query(
      `SELECT occupation_code, proximity FROM occupation_recommendation WHERE candidate_id = $1 AND rank = 1`,
      [pending],
    )) as { occupation_code: string; proximity: string }[];
    expect(first.filter((row) => row.proximity === 'same')).toEqual([]);
    expect((await profile(confirmed))!.former_occupation_code).toBe('H2909');
    expect((await profile(hrCode))!.former_occupation_code).toBe('H2909');
  });
});

describe('a large programme read again in rounds', () => {
  const BULK = randomUUID();
  const PEOPLE = 1_200; // three rounds of RE_RESOLUTION_BATCH (500)

  it('1,200 people waiting for their coach are coded in one amendment, each announced once, their tasks closed', async () => {
    const ids = Array.from({ length: PEOPLE }, () => randomUUID());
    await dataSource.query(
      `INSERT INTO candidate_profile (candidate_id, rated_skills, search_departments, updated_at, programme_id,
         former_job_title)
       SELECT id, '[]', '{}', now(), $2, 'Opératrice de production' FROM unnest($1::uuid[]) AS id`,
      [ids, BULK],
    );
    await dataSource.query(
      `INSERT INTO former_occupation_confirmation (candidate_id, programme_id, former_job_title, candidates, status,
         created_at)
       SELECT id, $2, 'Opératrice de production', '[]', 'pending', now() FROM unnest($1::uuid[]) AS id`,
      [ids, BULK],
    );
    const started = Date.now();
    await publish('ProgrammeAmended.v1', BULK, {
      programmeId: BULK,
      sponsorId: SPONSOR,
      type: 'pse',
      sites: ['Poligny'],
      headcount: PEOPLE,
      startDate: '2026-09-01',
      durationMonths: 12,
      sessionBudgetPerPerson: 15,
      officeIds: [LYON],
      outcomeTargets: [],
      employerNafCode: '10.51C',
      status: 'contracted',
      amendedAt: new Date().toISOString(),
    });
    const coded = () =>
      dataSource.query(
        `SELECT count(*)::int AS n FROM candidate_profile
          WHERE programme_id = $1 AND former_occupation_code = 'H2105' AND former_occupation_source = 'automatic'`,
        [BULK],
      ) as Promise<{ n: number }[]>;
    await waitFor(async () => ((await coded())[0]!.n === PEOPLE ? true : null), {
      what: 'every person of the programme coded',
      timeoutMs: 120_000,
    });
    const elapsed = Date.now() - started;
    const announced = await waitFor(
      async () => {
        const ours = new Set<string>(ids);
        const events = reader
          .matching((m) => ours.has(m.message.key?.toString() ?? ''))
          .map((m) => JSON.parse(m.value!) as { type: string; payload: { romeCode?: string } })
          .filter((event) => event.type === 'FormerOccupationResolved');
        return events.length >= PEOPLE ? events : null;
      },
      { what: 'one announcement per person', timeoutMs: 60_000 },
    );
    expect(announced).toHaveLength(PEOPLE);
    expect(new Set(announced.map((event) => event.payload.romeCode))).toEqual(new Set(['H2105']));
    expect(
      await dataSource.query(
        `SELECT count(*)::int AS n FROM former_occupation_confirmation WHERE programme_id = $1`,
        [BULK],
      ),
    ).toEqual([{ n: 0 }]);
    // Each ranked again on H2105 once, in the amendment's transaction (per round, not per person).
    const ranked: { n: number }[] = await dataSource.query(
      `SELECT count(DISTINCT candidate_id)::int AS n FROM occupation_recommendation WHERE candidate_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(ranked).toEqual([{ n: PEOPLE }]);
    const recommended = await waitFor(
      async () => {
        const ours = new Set<string>(ids);
        const events = reader
          .matching((m) => ours.has(m.message.key?.toString() ?? ''))
          .map((m) => JSON.parse(m.value!) as { type: string; aggregateId: string })
          .filter((event) => event.type === 'OccupationsRecommended');
        return events.length >= PEOPLE ? events : null;
      },
      { what: 'their suggestions announced', timeoutMs: 60_000 },
    );
    expect(new Set(recommended.map((event) => event.aggregateId)).size).toBe(PEOPLE);
    expect(recommended).toHaveLength(PEOPLE);
    console.log(
      `${PEOPLE} people read again, coded and ranked in ${elapsed} ms (amendment to the last profile)`,
    );
  }, 200_000);
});
