import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { signServiceToken, type Identity } from '@passerelle/shared/auth';
import type { EventKey } from '@passerelle/shared/contracts';
import { createEvent, InboxBatchContext, InboxContext } from '@passerelle/shared/messaging';
import { runMigrations, startService } from '@passerelle/shared/runtime';
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
import {
  AccountAuditRepository,
  AccountRepository,
  identityDataSourceOptions,
} from '@passerelle/identity/data-access';
import { AccountEventsConsumer } from '@passerelle/identity/feature-accounts';
import { CONSOLE_CLIENT_ID } from '@passerelle/identity/feature-sign-in';
import { identityApp } from './identity.app';
import { ContactOwners } from './test/contact-owners';
import {
  identityTestEnv,
  mintInvitationLink,
  newAccount,
  postPassword,
  TEST_CALLBACK,
} from './test/identity-test-kit';
import { OidcBrowser } from './test/oidc-browser';

// Accounts opened from other services' events, invitations followed to a first password, the
// routes the notifier asks, and the account mutations of identity's subgraph; on real PostgreSQL,
// with intake's and scheduling's contact routes answered over HTTP (ContactOwners).

const LYON = randomUUID();
const PARIS = randomUUID();
const PASSWORD = 'le chemin du retour au travail';

let database: TestDatabase;
let app: INestApplication;
let owners: ContactOwners;
let secret: string;
let baseUrl: string;
let accounts: AccountRepository;
let dataSource: DataSource;
let reader: TopicReader;
/** The file's own topics (decision 0043): the reader sees this file's events only. */
let topics: RunTopics;

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('identity_accounts');
  await runMigrations(identityDataSourceOptions(database.url));
  const port = await freePort();
  topics = await createRunTopics(kafkaBrokers);
  const env = identityTestEnv(port, database.url, kafkaBrokers, topics.prefix);
  secret = env['INTERNAL_IDENTITY_SECRET']!;
  owners = new ContactOwners(secret);
  const ownersUrl = await owners.start();
  app = await startService(identityApp, {
    ...env,
    INTAKE_INTERNAL_URL: ownersUrl,
    SCHEDULING_INTERNAL_URL: ownersUrl,
  });
  baseUrl = `http://127.0.0.1:${port}`;
  accounts = app.get(AccountRepository);
  dataSource = app.get(DataSource);
  reader = await TopicReader.start(new Kafka({ brokers: kafkaBrokers, logLevel: logLevel.NOTHING }), [
    topics.topic('passerelle.identity.account'),
  ]);
}, 60_000);

afterAll(async () => {
  await reader?.stop();
  await app?.close();
  await owners?.stop();
  await database?.drop();
  await topics?.delete();
});

/** Delivers one event to identity's consumer as the inbox would: in a transaction of its own. */
async function deliver<K extends EventKey>(
  key: K,
  aggregateId: string,
  payload: Parameters<typeof createEvent<K>>[2],
  handle: (consumer: AccountEventsConsumer) => (event: never, context: InboxContext) => Promise<void>,
): Promise<void> {
  const event = createEvent(key, aggregateId, payload);
  const consumer = app.get(AccountEventsConsumer);
  await dataSource.transaction((manager) =>
    handle(consumer).call(consumer, event as never, new InboxContext([event as never, manager])),
  );
}

/** Delivers an enrolment as the inbox does: a batch of one, in a transaction of its own. */
async function enrol(candidateId: string): Promise<void> {
  const event = createEvent('CandidateEnrolled.v1', candidateId, {
    candidateId,
    programmeId: randomUUID(),
    sponsorId: randomUUID(),
    officeIds: [LYON],
    enrolledAt: new Date().toISOString(),
    formerOccupationCode: null,
    languages: ['fr'],
  });
  const consumer = app.get(AccountEventsConsumer);
  await dataSource.transaction((manager) =>
    consumer.onEnrolled([event], new InboxBatchContext([[event], manager])),
  );
}

/** The invitations identity issued for an account, oldest first, as the event announces them. */
async function invitationsIssued(accountId: string): Promise<Record<string, unknown>[]> {
  const rows: { id: string; purpose: string; issued_at: Date; expires_at: Date }[] = await dataSource.query(
    `SELECT id, purpose, issued_at, expires_at FROM invitation WHERE account_id = $1 ORDER BY issued_at, id`,
    [accountId],
  );
  return rows.map((row) => ({
    invitationId: row.id,
    accountId,
    purpose: row.purpose,
    expiresAt: row.expires_at.toISOString(),
    issuedAt: row.issued_at.toISOString(),
  }));
}

/** Calls one of identity's internal routes as `caller`, for `audience`. */
async function internal(
  path: string,
  { caller = 'notifier', audience = 'identity', method = 'GET', body = undefined as unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = await signServiceToken(caller, audience, secret);
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function mintLink(invitationId: string): Promise<string> {
  const minted = await mintInvitationLink(baseUrl, secret, invitationId);
  expect(minted.status).toBe(200);
  return minted.body['url'] as string;
}

const signIn = (email: string, password: string) =>
  new OidcBrowser(`${baseUrl}/oidc`, CONSOLE_CLIENT_ID, TEST_CALLBACK).signIn(email, password);

const subgraph = (identity: Identity) => subgraphAs(`${baseUrl}/graphql`, identity, secret);
const opsOf = (officeIds: string[], allOffices = false): Identity => ({
  subject: randomUUID(),
  role: 'ops',
  officeIds,
  allOffices,
});

describe('an enrolled person', () => {
  it('gets one invited account and one invitation, whatever the deliveries; the event carries ids only', async () => {
    const candidateId = randomUUID();
    owners.candidates.set(candidateId, {
      email: `Ines.${candidateId.slice(0, 6)}@Example.fr`,
      firstName: 'Inès',
      lastName: 'Garcia',
      language: 'fr',
    });
    await enrol(candidateId);
    await enrol(candidateId);

    const account = await accounts.findByCandidateId(candidateId);
    expect(account).toMatchObject({
      role: 'candidate',
      status: 'invited',
      passwordHash: null,
      displayName: 'Inès Garcia',
      email: `ines.${candidateId.slice(0, 6)}@example.fr`,
      officeIds: [LYON],
    });
    const issued = await invitationsIssued(account!.id);
    expect(issued).toEqual([
      {
        invitationId: expect.any(String),
        accountId: account!.id,
        purpose: 'invitation',
        expiresAt: expect.any(String),
        issuedAt: expect.any(String),
      },
    ]);
    // Fourteen days to accept it.
    const days =
      (Date.parse(issued[0]!['expiresAt'] as string) - Date.parse(issued[0]!['issuedAt'] as string)) /
      86_400_000;
    expect(days).toBe(14);
    // Announced once on Kafka, with ids only: no address, no name, no secret.
    const announced = await waitFor(async () => {
      const found = reader.matching(
        (m) => m.header('x-event-type') === 'InvitationIssued' && m.value!.includes(account!.id),
      );
      return found.length > 0 ? found : null;
    });
    expect(announced).toHaveLength(1);
    expect(JSON.parse(announced[0]!.value!).payload).toEqual(issued[0]);
    expect(announced[0]!.value).not.toMatch(/ines|garcia|example/i);
    const actions = (await app.get(AccountAuditRepository).ofAccount(account!.id)).map((a) => [
      a.action,
      a.actor,
    ]);
    expect(actions).toEqual([
      ['opened', 'service:intake'],
      ['invitation_sent', 'service:intake'],
    ]);
  });

  it('follows the invitation to a first password, then signs in with it; the link works once', async () => {
    const candidateId = randomUUID();
    const email = `karim.${candidateId.slice(0, 6)}@example.fr`;
    owners.candidates.set(candidateId, { email, firstName: 'Karim', lastName: 'Benali', language: 'en' });
    await enrol(candidateId);
    const account = (await accounts.findByCandidateId(candidateId))!;
    const [invitation] = await invitationsIssued(account.id);
    const url = await mintLink(invitation!['invitationId'] as string);
    expect(url).toMatch(
      new RegExp(`^${baseUrl}/invitation/${invitation!['invitationId']}\\.[A-Za-z0-9_-]{43}$`),
    );

    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Welcome Karim Benali');

    expect(await postPassword(url, 'court')).toMatchObject({
      status: 422,
      alert: expect.stringContaining('too short'),
    });
    expect(await postPassword(url, 'motdepasse123')).toMatchObject({
      status: 422,
      alert: expect.stringContaining('too common'),
    });
    expect(await postPassword(url, PASSWORD, `${PASSWORD}!`)).toMatchObject({
      status: 422,
      alert: 'The two passwords are not the same.',
    });
    expect(await postPassword(url, PASSWORD)).toMatchObject({ status: 200, alert: null });
    expect(await accounts.findById(account.id)).toMatchObject({
      status: 'active',
      passwordHash: expect.any(String),
    });
    // Announced once, ids only: intake makes the person active in their programme.
    const activated = await waitFor(async () => {
      const found = reader.matching(
        (m) => m.header('x-event-type') === 'AccountActivated' && m.value!.includes(account.id),
      );
      return found.length > 0 ? found : null;
    });
    expect(JSON.parse(activated[0]!.value!).payload).toEqual({
      accountId: account.id,
      role: 'candidate',
      candidateId,
      activatedAt: expect.any(String),
    });

    const tokens = await signIn(email, PASSWORD);
    const claims = JSON.parse(Buffer.from(tokens.access_token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ sub: account.id, role: 'candidate', candidate_id: candidateId });

    // Used up: the same link now says so, and sets nothing.
    const again = await postPassword(url, 'un tout autre mot de passe');
    expect(again.status).toBe(410);
    expect(again.html).toContain('has been used');
    expect(
      (await internal(`/internal/invitations/${invitation!['invitationId']}/link`, { method: 'POST' })).body,
    ).toEqual({
      error: 'INVITATION_USED',
    });
  });

  it('has nobody to invite when intake no longer knows them (erased meanwhile)', async () => {
    const candidateId = randomUUID();
    await enrol(candidateId);
    expect(await accounts.findByCandidateId(candidateId)).toBeNull();
    expect(owners.calls).toContain(`intake /internal/candidates/contacts ${candidateId}`);
  });

  it('makes a link minted twice (a redelivery) and a re-sent invitation replace the earlier link', async () => {
    const candidateId = randomUUID();
    owners.candidates.set(candidateId, {
      email: `lea.${candidateId.slice(0, 6)}@example.fr`,
      firstName: 'Léa',
      lastName: 'Roux',
      language: 'fr',
    });
    await enrol(candidateId);
    const account = (await accounts.findByCandidateId(candidateId))!;
    const [first] = await invitationsIssued(account.id);
    const firstUrl = await mintLink(first!['invitationId'] as string);
    const secondUrl = await mintLink(first!['invitationId'] as string);
    expect((await fetch(firstUrl)).status).toBe(410);
    expect((await fetch(secondUrl)).status).toBe(200);

    // Ops of Lyon re-send it: the earlier invitation is superseded.
    const resent = await subgraph(opsOf([LYON])).ok<{ resendInvitation: { id: string } }>(
      `mutation R($id: ID!) { resendInvitation(accountId: $id) { id } }`,
      { id: account.id },
    );
    const superseded = await fetch(secondUrl);
    expect(superseded.status).toBe(410);
    expect(await superseded.text()).toContain('Un lien plus récent vous a été envoyé');
    expect((await invitationsIssued(account.id)).map((p) => p['invitationId'])).toEqual([
      first!['invitationId'],
      resent.resendInvitation.id,
    ]);
    expect((await fetch(await mintLink(resent.resendInvitation.id))).status).toBe(200);
  });
});

describe('coaches and staff', () => {
  it('opens a coach account at the work address scheduling gives, with the offices of the event', async () => {
    const coachId = randomUUID();
    owners.coaches.set(coachId, {
      email: `n.petit.${coachId.slice(0, 6)}@cabinet.fr`,
      displayName: 'Nadia Petit',
      officeIds: [LYON],
    });
    await deliver(
      'CoachRegistered.v1',
      coachId,
      { coachId, officeIds: [LYON, PARIS], registeredAt: new Date().toISOString() },
      (consumer) => consumer.onCoachRegistered,
    );
    const account = await accounts.findByCoachId(coachId);
    expect(account).toMatchObject({
      role: 'coach',
      status: 'invited',
      displayName: 'Nadia Petit',
      officeIds: [LYON, PARIS],
    });
    expect(await invitationsIssued(account!.id)).toHaveLength(1);
  });

  it('lets ops open ops and sponsor accounts within their reach, and says why otherwise', async () => {
    const create = (identity: Identity, input: Record<string, unknown>) =>
      subgraph(identity).request(
        `mutation C($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id role status officeIds } }`,
        { input },
      );
    const email = `camille.${randomUUID().slice(0, 6)}@cabinet.fr`;
    const created = await create(opsOf([LYON]), {
      email,
      displayName: 'Camille',
      role: 'OPS',
      officeIds: [LYON],
    });
    expect(created.body.data).toMatchObject({
      createStaffAccount: { role: 'OPS', status: 'INVITED', officeIds: [LYON] },
    });
    const id = (created.body.data as { createStaffAccount: { id: string } }).createStaffAccount.id;
    expect(await invitationsIssued(id)).toHaveLength(1);

    expectGraphQLError(
      await create(opsOf([LYON]), {
        email: 'x1@cabinet.fr',
        displayName: 'X',
        role: 'OPS',
        officeIds: [PARIS],
      }),
      'FORBIDDEN',
    );
    expectGraphQLError(
      await create(opsOf([LYON]), {
        email: 'x2@cabinet.fr',
        displayName: 'X',
        role: 'SPONSOR',
        sponsorIds: [randomUUID()],
      }),
      'FORBIDDEN',
    );
    expectGraphQLError(
      await create(opsOf([], true), { email: 'x3@cabinet.fr', displayName: 'X', role: 'SPONSOR' }),
      'SPONSORS_REQUIRED',
    );
    expectGraphQLError(
      await create(opsOf([LYON]), {
        email: email.toUpperCase(),
        displayName: 'Y',
        role: 'OPS',
        officeIds: [LYON],
      }),
      'EMAIL_TAKEN',
    );
    expectGraphQLError(
      await create(opsOf([LYON]), {
        email: 'pas-une-adresse',
        displayName: 'Y',
        role: 'OPS',
        officeIds: [LYON],
      }),
      'BAD_USER_INPUT',
      'email must be an email address',
    );
    const coach: Identity = {
      subject: randomUUID(),
      role: 'coach',
      coachId: randomUUID(),
      officeIds: [LYON],
    };
    expectGraphQLError(
      await create(coach, { email: 'x4@cabinet.fr', displayName: 'X', role: 'OPS', officeIds: [LYON] }),
      'FORBIDDEN',
    );
  });

  it('lets all-office ops open a committee member’s account, tied to sponsors like sponsor HR', async () => {
    const create = (identity: Identity, input: Record<string, unknown>) =>
      subgraph(identity).request(
        `mutation C($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id status officeIds } }`,
        { input },
      );
    const sponsorId = randomUUID();
    const email = `cse.${randomUUID().slice(0, 6)}@acme.fr`;
    const created = await create(opsOf([], true), {
      email,
      displayName: 'Élue CSE',
      role: 'COMMITTEE',
      sponsorIds: [sponsorId],
      officeIds: [LYON],
    });
    // Offices are ops' scope: a committee member's account has none.
    expect(created.body.data).toMatchObject({ createStaffAccount: { status: 'INVITED', officeIds: [] } });
    const id = (created.body.data as { createStaffAccount: { id: string } }).createStaffAccount.id;
    const [row] = await dataSource.query(`SELECT role, sponsor_ids FROM account WHERE id = $1`, [id]);
    expect(row).toEqual({ role: 'committee', sponsor_ids: [sponsorId] });
    expect(await invitationsIssued(id)).toHaveLength(1);
    // The member reads their own account, role included (the console opens their screens by it).
    const member: Identity = { subject: id, role: 'committee', sponsorIds: [sponsorId] };
    expect(await subgraph(member).ok(`{ myAccount { id role officeIds } }`)).toEqual({
      myAccount: { id, role: 'COMMITTEE', officeIds: [] },
    });

    expectGraphQLError(
      await create(opsOf([LYON]), {
        email: 'x5@acme.fr',
        displayName: 'X',
        role: 'COMMITTEE',
        sponsorIds: [randomUUID()],
      }),
      'FORBIDDEN',
    );
    expectGraphQLError(
      await create(opsOf([], true), { email: 'x6@acme.fr', displayName: 'X', role: 'COMMITTEE' }),
      'SPONSORS_REQUIRED',
    );
  });

  it('lets a person’s own coach re-send their invitation, not another coach, and not once it is accepted', async () => {
    const candidateId = randomUUID();
    const coachId = randomUUID();
    owners.candidates.set(candidateId, {
      email: `paul.${candidateId.slice(0, 6)}@example.fr`,
      firstName: 'Paul',
      lastName: 'Morel',
      language: 'fr',
    });
    // The assignment may arrive before the enrolment.
    await deliver(
      'CoachAssigned.v1',
      candidateId,
      {
        candidateId,
        programmeId: randomUUID(),
        coachId,
        officeId: LYON,
        previousCoachId: null,
        mode: 'automatic',
        assignedAt: new Date().toISOString(),
      },
      (consumer) => consumer.onCoachAssigned,
    );
    await enrol(candidateId);
    const account = (await accounts.findByCandidateId(candidateId))!;
    const resend = (identity: Identity) =>
      subgraph(identity).request(`mutation R($id: ID!) { resendInvitation(accountId: $id) { id } }`, {
        id: account.id,
      });
    const theirCoach: Identity = { subject: randomUUID(), role: 'coach', coachId, officeIds: [LYON] };
    const otherCoach: Identity = {
      subject: randomUUID(),
      role: 'coach',
      coachId: randomUUID(),
      officeIds: [LYON],
    };
    expect((await resend(theirCoach)).body.errors).toBeUndefined();
    expectGraphQLError(await resend(otherCoach), 'ACCOUNT_NOT_FOUND');
    expectGraphQLError(await resend(opsOf([PARIS])), 'ACCOUNT_NOT_FOUND');

    const [, latest] = await invitationsIssued(account.id);
    expect((await postPassword(await mintLink(latest!['invitationId'] as string), PASSWORD)).status).toBe(
      200,
    );
    expectGraphQLError(await resend(theirCoach), 'ACCOUNT_ALREADY_ACTIVE');
  });
});

describe('sessions', () => {
  it('ends every session of an account: refresh refused at once, the audit says who', async () => {
    const own = await newAccount(PASSWORD, { officeIds: [LYON] });
    await accounts.insert(own);
    const client = new OidcBrowser(`${baseUrl}/oidc`, CONSOLE_CLIENT_ID, TEST_CALLBACK);
    const config = await client.configuration();
    const tokens = await client.signIn(own.email, PASSWORD);

    // Ops of another office cannot; ops of the account's office can.
    const revoke = (identity: Identity) =>
      subgraph(identity).request(`mutation V($id: ID) { revokeSessions(accountId: $id) }`, { id: own.id });
    expectGraphQLError(await revoke(opsOf([PARIS])), 'ACCOUNT_NOT_FOUND');
    const ops = opsOf([LYON]);
    const revoked = await revoke(ops);
    expect((revoked.body.data as { revokeSessions: number }).revokeSessions).toBeGreaterThan(0);
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    const audit = await app.get(AccountAuditRepository).ofAccount(own.id);
    expect(audit.map((a) => [a.action, a.actor])).toEqual([['sessions_revoked', ops.subject]]);
  });

  it('lets a person end their own sessions', async () => {
    const person = await newAccount(PASSWORD, { role: 'candidate', candidateId: randomUUID() });
    await accounts.insert(person);
    const client = new OidcBrowser(`${baseUrl}/oidc`, CONSOLE_CLIENT_ID, TEST_CALLBACK);
    const config = await client.configuration();
    const tokens = await client.signIn(person.email, PASSWORD);
    const me: Identity = { subject: person.id, role: 'candidate', candidateId: person.candidateId! };
    expect(await subgraph(me).ok(`mutation { revokeSessions }`)).toEqual({
      revokeSessions: expect.any(Number),
    });
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    expect(await subgraph(me).ok(`{ myAccount { id role status } }`)).toEqual({
      myAccount: { id: person.id, role: 'CANDIDATE', status: 'ACTIVE' },
    });
  });
});

describe('the routes the notifier asks', () => {
  it('answers whom to write to, by account, person or coach, and 404 for nobody', async () => {
    const candidateId = randomUUID();
    const person = await newAccount(PASSWORD, {
      role: 'candidate',
      candidateId,
      language: 'en',
      officeIds: [LYON],
    });
    await accounts.insert(person);
    const expected = {
      accountId: person.id,
      role: 'candidate',
      email: person.email,
      displayName: person.displayName,
      language: 'en',
      candidateId,
      coachId: null,
      officeIds: [LYON],
      status: 'active',
    };
    expect(await internal(`/internal/recipients/by-candidate/${candidateId}`)).toEqual({
      status: 200,
      body: expected,
    });
    expect(await internal(`/internal/recipients/${person.id}`)).toEqual({ status: 200, body: expected });
    expect(await internal(`/internal/recipients/by-coach/${randomUUID()}`)).toEqual({
      status: 404,
      body: { error: 'RECIPIENT_NOT_FOUND' },
    });
    const opsHere = await newAccount(PASSWORD, { officeIds: [PARIS] });
    await accounts.insert(opsHere);
    const ops = await internal(`/internal/recipients/ops?officeId=${PARIS}`);
    expect((ops.body['recipients'] as { accountId: string }[]).map((r) => r.accountId)).toContain(opsHere.id);
  });

  it.each([
    // The single routes answer 404 for nobody; the many-at-once routes of a Kafka batch (decision
    // 0055) answer 200 with the unknown left out or marked. The same callers, the same refusals.
    ['GET', `/internal/recipients/${randomUUID()}`, undefined, 404],
    ['POST', `/internal/invitations/${randomUUID()}/link`, undefined, 404],
    ['POST', '/internal/recipients/by-accounts', { accountIds: [randomUUID()] }, 200],
    ['POST', '/internal/invitations/links', { invitationIds: [randomUUID()] }, 200],
  ] as const)(
    'answers %s %s to services it names only, with a valid token for identity',
    async (method, path, body, status) => {
      const init = { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
      expect((await fetch(`${baseUrl}${path}`, body ? init : { method })).status).toBe(401);
      expect((await internal(path, { method, body, caller: 'matching' })).status).toBe(403);
      expect((await internal(path, { method, body, audience: 'intake' })).status).toBe(401);
      expect((await internal(path, { method, body })).status).toBe(status);
    },
  );

  it('answers an unknown invitation’s link with INVITATION_NOT_FOUND', async () => {
    expect((await internal(`/internal/invitations/${randomUUID()}/link`, { method: 'POST' })).body).toEqual({
      error: 'INVITATION_NOT_FOUND',
    });
  });
});
