import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  FORWARDED_IDENTITY_HEADER,
  signForwardedIdentity,
  signServiceToken,
  type Identity,
} from '@passerelle/shared/auth';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  expectGraphQLError,
  freePort,
  subgraphAs,
  testInfrastructure,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';
import { schedulingApp } from './scheduling.app';

// A coach's work address (decision 0018): given when ops create the coach, shown to the coach and
// ops of their offices only, never in CoachRegistered, and read by identity over the internal
// route. The scheduling service as it runs, on real PostgreSQL and Kafka.

const secret = randomBytes(32).toString('hex');
const LYON = randomUUID();
const PARIS = randomUUID();
const ops: Identity = { subject: 'ops-lyon', role: 'ops', officeIds: [LYON], allOffices: false };
const opsParis: Identity = { subject: 'ops-paris', role: 'ops', officeIds: [PARIS], allOffices: false };

let database: TestDatabase;
/** The file's own topics (decision 0043): the service reads no other run's events. */
let topics: RunTopics;
let app: INestApplication;
let baseUrl: string;
let dataSource: DataSource;
/** Holds the outbox relay's leader lock, as another replica would: events stay in the outbox to be read. */
let relayLeader: Client;

const as = (identity: Identity) => subgraphAs(`${baseUrl}/graphql`, identity, secret);
const coachIdentity = (coachId: string): Identity => ({
  subject: `coach-${coachId}`,
  role: 'coach',
  coachId,
  officeIds: [LYON],
});

const CREATE_COACH = `mutation C($input: CreateCoachInput!) { createCoach(input: $input) { id email } }`;
const coachInput = (overrides: Record<string, unknown>) => ({
  displayName: 'Camille Durand',
  officeIds: [LYON],
  languages: ['fr'],
  specialties: ['RETRAINING'],
  maxCaseload: 10,
  weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  ...overrides,
});
const createCoach = async (overrides: Record<string, unknown>): Promise<string> =>
  (await as(ops).ok<{ createCoach: { id: string } }>(CREATE_COACH, { input: coachInput(overrides) }))
    .createCoach.id;

const registeredInOutbox = async (coachId?: string) =>
  (
    (await dataSource.query(
      `SELECT topic, message_key, envelope FROM outbox_message
        WHERE event_type = 'CoachRegistered.v1' AND ($1::text IS NULL OR message_key = $1)`,
      [coachId ?? null],
    )) as { topic: string; message_key: string; envelope: { payload: Record<string, unknown> } }[]
  ).map((row) => ({ topic: row.topic, key: row.message_key, envelope: row.envelope }));

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('scheduling_coach_contact');
  topics = await createRunTopics(testInfrastructure().kafkaBrokers);
  await runMigrations(schedulingDataSourceOptions(database.url));
  relayLeader = new Client({ connectionString: database.url });
  await relayLeader.connect();
  await relayLeader.query(`SELECT pg_advisory_lock(hashtext('passerelle.outbox-relay'))`);
  const port = await freePort();
  app = await startService(schedulingApp, {
    PORT: String(port),
    DATABASE_URL: database.url,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    INTERNAL_IDENTITY_SECRET: secret,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_INTERVAL_MS: '1000',
    KAFKA_GROUP_PREFIX: `int-coach-contact-${randomUUID().slice(0, 8)}`,
    KAFKA_TOPIC_PREFIX: topics.prefix,
    KAFKA_FETCH_MAX_WAIT_MS: '500',
  });
  baseUrl = `http://127.0.0.1:${port}`;
  dataSource = app.get(DataSource);
  for (const [id, name] of [
    [LYON, 'Lyon'],
    [PARIS, 'Paris'],
  ] as const) {
    const owner = id === LYON ? ops : opsParis;
    await as(owner).ok(`mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
      input: { id, name, address: `1 rue de ${name}`, timeZone: 'Europe/Paris', openingHours: [] },
    });
  }
});

afterAll(async () => {
  await relayLeader?.end();
  await app?.close();
  await database?.drop();
  await topics?.delete();
});

describe('creating a coach', () => {
  it('keeps the address lower-case and announces CoachRegistered with ids only, in the same transaction', async () => {
    const coachId = await createCoach({ email: 'Camille.Durand@Lyon.Passerelle.TEST' });
    const [row] = await dataSource.query(`SELECT email FROM coach WHERE id = $1`, [coachId]);
    expect(row).toEqual({ email: 'camille.durand@lyon.passerelle.test' });

    const events = await registeredInOutbox(coachId);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.topic).toBe('passerelle.scheduling.coach');
    expect(event!.envelope).toMatchObject({ type: 'CoachRegistered', version: 1, aggregateId: coachId });
    expect(event!.envelope.payload).toEqual({
      coachId,
      officeIds: [LYON],
      registeredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(JSON.stringify(event!.envelope).toLowerCase()).not.toContain('camille.durand');
    expect(JSON.stringify(event!.envelope)).not.toContain('@');
  });

  it.each([
    ['not an address', 'camille.durand'],
    ['a space inside', 'camille durand@lyon.passerelle.test'],
    ['no domain', 'camille@'],
  ])(
    'refuses an email that is %s with BAD_USER_INPUT naming the field, writing nothing',
    async (_case, email) => {
      const before = (await registeredInOutbox()).length;
      const id = randomUUID();
      expectGraphQLError(
        await as(ops).request(CREATE_COACH, { input: coachInput({ id, email }) }),
        'BAD_USER_INPUT',
        'email',
      );
      expect(await dataSource.query(`SELECT id FROM coach WHERE id = $1`, [id])).toEqual([]);
      expect(await registeredInOutbox()).toHaveLength(before);
    },
  );

  it('refuses a missing email before any resolver runs', async () => {
    const answer = await as(ops).request(CREATE_COACH, { input: coachInput({}) });
    expectGraphQLError(answer, 'BAD_USER_INPUT', 'email');
  });

  it('refuses a second coach at the same address, whatever its case, with COACH_EMAIL_TAKEN', async () => {
    await createCoach({ email: 'bastien.roux@lyon.passerelle.test' });
    const before = (await registeredInOutbox()).length;
    const id = randomUUID();
    const error = expectGraphQLError(
      await as(ops).request(CREATE_COACH, {
        input: coachInput({ id, email: 'Bastien.Roux@lyon.passerelle.test' }),
      }),
      'COACH_EMAIL_TAKEN',
    );
    expect(error.extensions).toMatchObject({ field: 'email' });
    expect(await dataSource.query(`SELECT id FROM coach WHERE id = $1`, [id])).toEqual([]);
    expect(await registeredInOutbox()).toHaveLength(before);
  });
});

describe('who sees a coach’s email', () => {
  const CHADIA = 'chadia.haddad@lyon.passerelle.test';
  let coachId: string;
  let colleagueId: string;
  beforeAll(async () => {
    coachId = await createCoach({ email: CHADIA });
    colleagueId = await createCoach({ email: 'colleague@lyon.passerelle.test' });
  });

  const COACH = `query C($id: ID!) { coach(id: $id) { id email } }`;
  const OFFICE_COACHES = `query O($id: ID!) { office(id: $id) { coaches { id email } } }`;

  // What a caller gets: the coach with their email, or no coach at all (not theirs to see). The
  // person a coach follows reads them through Candidate.coach, without it: tests/e2e/scheduling-booking.
  it.each<[string, 'with email' | 'no coach', () => Identity]>([
    ['the coach themself', 'with email', () => coachIdentity(coachId)],
    ['ops of the coach’s office', 'with email', () => ops],
    ['ops serving every office', 'with email', () => ({ ...opsParis, allOffices: true })],
    ['ops of another office', 'no coach', () => opsParis],
    ['another coach of the office', 'no coach', () => coachIdentity(colleagueId)],
  ])('role matrix: %s gets %s', async (_case, expected, who) => {
    expect(await as(who()).ok(COACH, { id: coachId })).toEqual({
      coach: expected === 'with email' ? { id: coachId, email: CHADIA } : null,
    });
  });

  it('role matrix: ops of the office see every coach’s email in its list', async () => {
    const { office } = await as(ops).ok<{ office: { coaches: { id: string; email: string | null }[] } }>(
      OFFICE_COACHES,
      { id: LYON },
    );
    expect(office.coaches).toContainEqual({ id: coachId, email: CHADIA });
    expect(office.coaches).toContainEqual({ id: colleagueId, email: 'colleague@lyon.passerelle.test' });
  });

  it.each<[string, Identity]>([
    ['a person', { subject: 'c-1', role: 'candidate', candidateId: randomUUID() }],
    ['sponsor HR', { subject: 's-1', role: 'sponsor', sponsorIds: [randomUUID()] }],
  ])('role matrix: %s is refused the coach query', async (_case, who) => {
    expectGraphQLError(await as(who).request(COACH, { id: coachId }), 'FORBIDDEN');
  });
});

describe('GET /internal/coaches/:coachId/contact', () => {
  async function getContact(coachId: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${baseUrl}/internal/coaches/${coachId}/contact`, { headers });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  const asService = async (caller: string, audience = 'scheduling') => ({
    authorization: `Bearer ${await signServiceToken(caller, audience, secret)}`,
  });

  it('answers identity with the coach’s address, name, language and offices', async () => {
    const coachId = await createCoach({
      email: 'Lucas.Moreau@Lyon.Passerelle.test',
      displayName: 'Lucas Moreau',
      officeIds: [LYON],
      languages: ['en', 'fr'],
    });
    expect(await getContact(coachId, await asService('identity'))).toEqual({
      status: 200,
      body: {
        coachId,
        email: 'lucas.moreau@lyon.passerelle.test',
        displayName: 'Lucas Moreau',
        language: 'en',
        officeIds: [LYON],
      },
    });
  });

  it('writes in French to a coach whose first language is neither French nor English', async () => {
    const coachId = await createCoach({ email: 'anne.weber@lyon.passerelle.test', languages: ['de', 'en'] });
    expect((await getContact(coachId, await asService('identity'))).body['language']).toBe('fr');
  });

  it.each([
    ['no token', 401, async () => ({})],
    ['a token of another service (matching)', 403, () => asService('matching')],
    ['identity’s token for another service (audience intake)', 401, () => asService('identity', 'intake')],
    [
      'a token signed with another secret',
      401,
      async () => ({
        authorization: `Bearer ${await signServiceToken('identity', 'scheduling', 'x'.repeat(64))}`,
      }),
    ],
    [
      'ops’ identity forwarded by the gateway',
      401,
      async () => ({ [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(ops, secret) }),
    ],
  ])('refuses a call with %s (%i)', async (_case, status, headers) => {
    const coachId = await createCoach({ email: `refused-${randomUUID()}@lyon.passerelle.test` });
    const answer = await getContact(coachId, await headers());
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body)).not.toContain('@lyon.passerelle.test');
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['an id that is no uuid', 'not-a-uuid'],
  ])('answers 404 COACH_NOT_FOUND for %s', async (_case, coachId) => {
    expect(await getContact(coachId, await asService('identity'))).toEqual({
      status: 404,
      body: { error: 'COACH_NOT_FOUND' },
    });
  });
});
