import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { checkTokenLifetime, identityFromClaims } from '@passerelle/shared/auth';
import { createEvent, InboxContext } from '@passerelle/shared/messaging';
import { DataSource } from 'typeorm';
import { AccountEventsConsumer } from '@passerelle/identity/feature-accounts';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createTestDatabase,
  freePort,
  testInfrastructure,
  type TestDatabase,
} from '@passerelle/shared/testing';
import {
  AccountRepository,
  identityDataSourceOptions,
  SignInAttemptRepository,
  type AccountEntity,
} from '@passerelle/identity/data-access';
import { CONSOLE_CLIENT_ID } from '@passerelle/identity/feature-sign-in';
import { identityApp } from './identity.app';
import { identityTestEnv, newAccount, TEST_AUDIENCE, TEST_CALLBACK } from './test/identity-test-kit';
import { OidcBrowser } from './test/oidc-browser';

// The identity service on its own, against real PostgreSQL: the console's sign-in (authorization
// code + PKCE) through oidc-provider, with a browser-less client, and the tokens it issues read as
// the gateway reads them.

const AUDIENCE = TEST_AUDIENCE;
const CALLBACK = TEST_CALLBACK;
const ACCESS_TOKEN_SECONDS = 600;
const OFFICE = randomUUID();
const COACH = randomUUID();
const PASSWORD = 'trois chats sur le toit';

let database: TestDatabase;
let app: INestApplication;
let issuer: string;
let accounts: AccountRepository;

async function createAccount(over: Partial<AccountEntity>): Promise<AccountEntity> {
  const account = await newAccount(PASSWORD, over);
  await accounts.insert(account);
  return account;
}

const browser = () => new OidcBrowser(issuer, CONSOLE_CLIENT_ID, CALLBACK);

/** Posts one password to a fresh sign-in page; the page it answers with. */
async function tryPassword(
  email: string,
  password: string,
): Promise<{ status: number; alert: string | null }> {
  const client = browser();
  const { page } = await client.start(await client.configuration());
  const answer = await client.follow(page.url + '/login', { email, password });
  const html = answer.url.startsWith(CALLBACK) ? '' : await answer.response.text();
  return {
    status: answer.url.startsWith(CALLBACK) ? 303 : answer.response.status,
    alert: /<p id="refused"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? null,
  };
}

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('identity_service');
  await runMigrations(identityDataSourceOptions(database.url));
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}/oidc`;
  app = await startService(identityApp, {
    ...identityTestEnv(port, database.url, kafkaBrokers),
    IDENTITY_ACCESS_TOKEN_SECONDS: String(ACCESS_TOKEN_SECONDS),
  });
  accounts = app.get(AccountRepository);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('the OpenID provider', () => {
  it('announces the code flow with PKCE S256, its keys, revocation and RP-initiated logout', async () => {
    const metadata = (await browser().configuration()).serverMetadata();
    expect(metadata).toMatchObject({
      issuer,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/session/end`,
      revocation_endpoint: `${issuer}/token/revocation`,
    });
    const jwks = (await (await fetch(metadata.jwks_uri!)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('signs a coach in and issues an access token the gateway accepts, with claims from the account', async () => {
    const coach = await createAccount({ role: 'coach', coachId: COACH, officeIds: [OFFICE] });
    const tokens = await browser().signIn(coach.email.toUpperCase(), PASSWORD);
    const { payload } = await jwtVerify(tokens.access_token, createRemoteJWKSet(new URL(`${issuer}/jwks`)), {
      issuer,
      audience: AUDIENCE,
      algorithms: ['RS256'],
    });
    expect(identityFromClaims(payload)).toEqual({
      subject: coach.id,
      role: 'coach',
      coachId: COACH,
      officeIds: [OFFICE],
    });
    expect(payload.exp! - payload.iat!).toBe(ACCESS_TOKEN_SECONDS);
    const limits = { staffMaxSeconds: 12 * 3600, candidateMaxSeconds: 30 * 24 * 3600, clockSkewSeconds: 60 };
    expect(() => checkTokenLifetime(payload, 'coach', limits, new Date())).not.toThrow();
    expect(tokens.refresh_token).toEqual(expect.any(String));
  });

  it('rotates refresh tokens, and a reused one is refused', async () => {
    const ops = await createAccount({ allOffices: true });
    const client = browser();
    const config = await client.configuration();
    const first = await client.signIn(ops.email, PASSWORD);
    const second = await oidc.refreshTokenGrant(config, first.refresh_token!);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    await expect(oidc.refreshTokenGrant(config, first.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('refuses an authorization request without PKCE', async () => {
    const client = browser();
    const config = await client.configuration();
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: CALLBACK, scope: 'openid' });
    const answer = await client.request(url.href);
    const location = new URL(answer.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });
});

describe('when signing in cannot go on', () => {
  it("says calmly that a sign-in page expired, in the browser's language", async () => {
    const answer = await fetch(`${issuer.replace('/oidc', '')}/interaction/unknown-uid`, {
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(answer.status).toBe(400);
    const html = await answer.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Signing in did not work');
    expect(html).toContain('<code>invalid_request</code>');
  });

  it('answers a request the provider refuses with its own page, nothing loaded from elsewhere', async () => {
    const answer = await fetch(`${issuer}/auth?client_id=nobody&response_type=code&scope=openid`);
    expect(answer.status).toBe(400);
    const html = await answer.text();
    expect(html).toContain('La connexion n’a pas abouti');
    expect(html).toContain('<code>invalid_client</code>');
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('signing in with a password', () => {
  it('answers an unknown address exactly as a wrong password, and audits both', async () => {
    const ops = await createAccount({ officeIds: [OFFICE] });
    const wrong = await tryPassword(ops.email, 'pas le bon mot de passe');
    const unknown = await tryPassword('personne@example.fr', 'pas le bon mot de passe');
    expect(wrong).toEqual({
      status: 401,
      alert: expect.stringContaining('Adresse ou mot de passe incorrect'),
    });
    expect(unknown).toEqual(wrong);
    const audit = await app.get(SignInAttemptRepository).forAccount(ops.id);
    expect(audit.map((attempt) => attempt.outcome)).toEqual(['wrong_password']);
  });

  it('locks an account after five wrong passwords: the right one is refused until the lock passes', async () => {
    // A candidate: no second factor, so the right password alone signs in and clears the count.
    const ops = await createAccount({ role: 'candidate', candidateId: randomUUID() });
    for (let i = 0; i < 5; i++)
      expect((await tryPassword(ops.email, `faux-${i}-mot-de-passe`)).status).toBe(401);
    expect(await tryPassword(ops.email, PASSWORD)).toMatchObject({ status: 401 });
    const locked = await accounts.findById(ops.id);
    expect(locked).toMatchObject({ failedSignIns: 5, lockedUntil: expect.any(Date) });
    const outcomes = (await app.get(SignInAttemptRepository).forAccount(ops.id)).map((a) => a.outcome);
    expect(outcomes).toEqual([...Array(5).fill('wrong_password'), 'locked']);

    // The lock has passed: the right password signs in and clears the count.
    await accounts.saveThrottle(
      ops.id,
      { failures: 5, lockedUntil: new Date(Date.now() - 1000) },
      new Date(),
    );
    expect(await tryPassword(ops.email, PASSWORD)).toEqual({ status: 303, alert: null });
    expect(await accounts.findById(ops.id)).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  });

  it('lets no one in whose account is invited, disabled, or lacks what its role needs', async () => {
    const invited = await createAccount({ status: 'invited', passwordHash: null });
    const disabled = await createAccount({ status: 'disabled' });
    const coachWithoutId = await createAccount({ role: 'coach' });
    for (const account of [invited, disabled, coachWithoutId]) {
      expect(await tryPassword(account.email, PASSWORD)).toMatchObject({ status: 401 });
    }
  });
});

describe('erasure', () => {
  it('forgets a person who asked to be: their account, sessions and refresh tokens, once', async () => {
    const candidateId = randomUUID();
    const person = await createAccount({ role: 'candidate', candidateId });
    const client = browser();
    const config = await client.configuration();
    const tokens = await client.signIn(person.email, PASSWORD);
    const dataSource = app.get(DataSource);
    const recordsOf = async () =>
      Number(
        (
          await dataSource.query(`SELECT count(*) AS n FROM oidc_record WHERE payload->>'accountId' = $1`, [
            person.id,
          ])
        )[0].n,
      );
    expect(await recordsOf()).toBeGreaterThan(0);

    const erased = createEvent('CandidateErased.v1', candidateId, {
      candidateId,
      erasedAt: new Date().toISOString(),
    });
    const consumer = app.get(AccountEventsConsumer);
    await dataSource.transaction((manager) => consumer.onErased(erased, new InboxContext([erased, manager])));
    // Delivered again (the inbox would absorb it; the handler must not fail either).
    await dataSource.transaction((manager) => consumer.onErased(erased, new InboxContext([erased, manager])));

    expect(await accounts.findById(person.id)).toBeNull();
    expect(await recordsOf()).toBe(0);
    expect(await app.get(SignInAttemptRepository).forAccount(person.id)).toEqual([]);
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    expect(await tryPassword(person.email, PASSWORD)).toMatchObject({ status: 401 });
  });
});
