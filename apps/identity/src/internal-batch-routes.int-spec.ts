import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { signServiceToken } from '@passerelle/shared/auth';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  testInfrastructure,
  freePort,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import {
  AccountRepository,
  identityDataSourceOptions,
  InvitationRepository,
} from '@passerelle/identity/data-access';
import { identityApp } from './identity.app';
import { identityTestEnv, mintInvitationLink, newAccount, postPassword } from './test/identity-test-kit';

// The notifier's many-at-once routes (decision 0055), on real PostgreSQL: per id, the answer the
// single route gives (`GET /internal/recipients/:id`, `POST /internal/invitations/:id/link`).

const PASSWORD = 'le chemin du retour au travail';
const DAY = 86_400_000;

let database: TestDatabase;
let topics: RunTopics;
let app: INestApplication;
let secret: string;
let baseUrl: string;
let dataSource: DataSource;

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('identity_batch_routes');
  await runMigrations(identityDataSourceOptions(database.url));
  topics = await createRunTopics(kafkaBrokers);
  const port = await freePort();
  const env = identityTestEnv(port, database.url, kafkaBrokers, topics.prefix);
  secret = env['INTERNAL_IDENTITY_SECRET']!;
  app = await startService(identityApp, env);
  baseUrl = `http://127.0.0.1:${port}`;
  dataSource = app.get(DataSource);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await database?.drop();
  await topics?.delete();
});

async function post(
  path: string,
  body: unknown,
  caller = 'notifier',
): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = await signServiceToken(caller, 'identity', secret);
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function single(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = await signServiceToken('notifier', 'identity', secret);
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A candidate's account with one invitation issued `daysAgo` (14-day life), as identity issues them. */
async function invited(daysAgo = 0): Promise<{ accountId: string; invitationId: string }> {
  const account = await newAccount(PASSWORD, {
    role: 'candidate',
    candidateId: randomUUID(),
    status: 'invited',
    passwordHash: null,
  });
  await app.get(AccountRepository).insert(account);
  const invitationId = await issue(account.id, daysAgo);
  return { accountId: account.id, invitationId };
}

async function issue(accountId: string, daysAgo = 0): Promise<string> {
  const issuedAt = new Date(Date.now() - daysAgo * DAY);
  const row = await dataSource.transaction((manager) =>
    app.get(InvitationRepository).issue(manager, {
      accountId,
      purpose: 'invitation',
      issuedAt,
      expiresAt: new Date(issuedAt.getTime() + 14 * DAY),
    }),
  );
  return row.id;
}

const digestOf = async (invitationId: string): Promise<string | null> =>
  (
    (await dataSource.query(`SELECT secret_digest FROM invitation WHERE id = $1`, [invitationId])) as {
      secret_digest: string | null;
    }[]
  )[0]!.secret_digest;

describe('POST /internal/recipients/by-accounts', () => {
  it('answers the known accounts in the order asked, as the single route does, and leaves out the others', async () => {
    const first = await invited();
    const second = await invited();
    const unknown = randomUUID();
    const answer = await post('/internal/recipients/by-accounts', {
      accountIds: [second.accountId, unknown, first.accountId, second.accountId],
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      recipients: [
        (await single(`/internal/recipients/${second.accountId}`)).body,
        (await single(`/internal/recipients/${first.accountId}`)).body,
      ],
    });
    expect(await single(`/internal/recipients/${unknown}`)).toEqual({
      status: 404,
      body: { error: 'RECIPIENT_NOT_FOUND' },
    });
  });

  it.each([
    ['no list', {}],
    ['an empty list', { accountIds: [] }],
    ['a non-uuid', { accountIds: ['nadia'] }],
    ['more than 500 ids', { accountIds: Array.from({ length: 501 }, () => randomUUID()) }],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, body) => {
    expect(await post('/internal/recipients/by-accounts', body)).toEqual({
      status: 400,
      body: expect.objectContaining({ error: 'BAD_USER_INPUT', field: 'accountIds' }) as unknown,
    });
  });
});

describe('POST /internal/invitations/links', () => {
  it('mints each open invitation’s link and answers the others as the single route does', async () => {
    const open = await invited();
    const expired = await invited(15);
    const used = await invited();
    await dataSource.query(`UPDATE invitation SET used_at = now() WHERE id = $1`, [used.invitationId]);
    const superseded = await invited();
    const latest = await issue(superseded.accountId);
    const unknown = randomUUID();

    const answer = await post('/internal/invitations/links', {
      invitationIds: [
        open.invitationId,
        expired.invitationId,
        used.invitationId,
        superseded.invitationId,
        unknown,
        latest,
      ],
    });
    expect(answer.status).toBe(200);
    const links = answer.body['links'] as Record<string, unknown>[];
    expect(links).toEqual([
      {
        invitationId: open.invitationId,
        url: expect.stringMatching(new RegExp(`^${baseUrl}/invitation/${open.invitationId}\\.`)) as unknown,
        expiresAt: expect.any(String) as unknown,
        purpose: 'invitation',
        accountId: open.accountId,
      },
      { invitationId: expired.invitationId, error: 'INVITATION_EXPIRED' },
      { invitationId: used.invitationId, error: 'INVITATION_USED' },
      { invitationId: superseded.invitationId, error: 'INVITATION_SUPERSEDED' },
      { invitationId: unknown, error: 'INVITATION_NOT_FOUND' },
      expect.objectContaining({ invitationId: latest, accountId: superseded.accountId }) as unknown,
    ]);
    // The single route answers the same codes for the same invitations.
    for (const refused of [expired, used, superseded]) {
      const { body } = await mintInvitationLink(baseUrl, secret, refused.invitationId);
      expect(links.find((link) => link['invitationId'] === refused.invitationId)).toEqual({
        invitationId: refused.invitationId,
        ...body,
      });
    }
    // Only the minted ones got a secret; the link works, once.
    expect(await digestOf(expired.invitationId)).toBeNull();
    expect(await digestOf(open.invitationId)).toEqual(expect.any(String));
    expect(await postPassword(links[0]!['url'] as string, PASSWORD)).toMatchObject({
      status: 200,
      alert: null,
    });
    expect(await app.get(AccountRepository).findById(open.accountId)).toMatchObject({ status: 'active' });
  });

  it('makes a link minted again (a redelivery, by either route) replace the earlier one', async () => {
    const person = await invited();
    const [first] = (await post('/internal/invitations/links', { invitationIds: [person.invitationId] }))
      .body['links'] as { url: string }[];
    const again = await mintInvitationLink(baseUrl, secret, person.invitationId);
    expect(again.status).toBe(200);
    expect((await fetch(first!.url)).status).toBe(410);
    expect((await fetch(again.body['url'] as string)).status).toBe(200);
  });

  it.each([
    ['no list', {}],
    ['an empty list', { invitationIds: [] }],
    ['a non-uuid', { invitationIds: ['link'] }],
    ['more than 500 ids', { invitationIds: Array.from({ length: 501 }, () => randomUUID()) }],
  ])('refuses %s with BAD_USER_INPUT naming the field, minting nothing', async (_case, body) => {
    expect(await post('/internal/invitations/links', body)).toEqual({
      status: 400,
      body: expect.objectContaining({ error: 'BAD_USER_INPUT', field: 'invitationIds' }) as unknown,
    });
  });
});
