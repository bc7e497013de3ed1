import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
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
import { identityTestEnv, newAccount, TEST_CALLBACK } from './test/identity-test-kit';
import { OidcBrowser, type BrowserPage } from './test/oidc-browser';

// Staff of a firm with its own OpenID provider sign in through it (federation). A second identity
// instance plays the firm's provider, on another host name (127.0.0.2) so browser cookies stay
// apart: Passerelle's identity is its relying party, with a client id and secret of its own.

const FIRM_DOMAIN = 'cabinet-rhone.test';
const FIRM_PASSWORD = 'mot de passe du cabinet rhone';
const CLIENT_SECRET = randomBytes(32).toString('hex');

const databases: TestDatabase[] = [];
let firm: INestApplication;
let passerelle: INestApplication;
let passerelleIssuer: string;

async function start(
  host: string,
  overrides: (port: number) => Record<string, string>,
): Promise<{ app: INestApplication; port: number }> {
  const database = await createTestDatabase('identity_federation');
  databases.push(database);
  await runMigrations(identityDataSourceOptions(database.url));
  const port = await freePort();
  const env = identityTestEnv(port, database.url, testInfrastructure().kafkaBrokers);
  const app = await startService(identityApp, {
    ...env,
    HOST: host,
    IDENTITY_ISSUER: `http://${host}:${port}/oidc`,
    ...overrides(port),
  });
  return { app, port };
}

beforeAll(async () => {
  const passerellePort = await freePort();
  const firmStarted = await start('127.0.0.2', () => ({
    IDENTITY_RELYING_PARTIES: JSON.stringify([
      {
        clientId: 'passerelle',
        clientSecret: CLIENT_SECRET,
        redirectUris: [`http://127.0.0.1:${passerellePort}/federation/callback`],
      },
    ]),
  }));
  firm = firmStarted.app;
  const firmIssuer = `http://127.0.0.2:${firmStarted.port}/oidc`;
  // Ours, on the port its callback was registered with.
  const database = await createTestDatabase('identity_federation');
  databases.push(database);
  await runMigrations(identityDataSourceOptions(database.url));
  passerelleIssuer = `http://127.0.0.1:${passerellePort}/oidc`;
  passerelle = await startService(identityApp, {
    ...identityTestEnv(passerellePort, database.url, testInfrastructure().kafkaBrokers),
    IDENTITY_FEDERATED_PROVIDERS: JSON.stringify([
      {
        id: 'cabinet-rhone',
        name: 'Cabinet Rhône',
        issuer: firmIssuer,
        clientId: 'passerelle',
        clientSecret: CLIENT_SECRET,
        domains: [FIRM_DOMAIN],
      },
    ]),
  });
}, 90_000);

afterAll(async () => {
  await passerelle?.close();
  await firm?.close();
  for (const database of databases) await database.drop();
});

/** An account at the firm's provider (with its password) and, unless `ours` is null, ours. */
async function staff(email: string, ours: Partial<AccountEntity> | null = {}): Promise<AccountEntity | null> {
  await firm.get(AccountRepository).insert(await newAccount(FIRM_PASSWORD, { email, officeIds: [] }));
  if (ours === null) return null;
  const account = {
    ...(await newAccount(randomUUID(), { email, status: 'invited', ...ours })),
    passwordHash: null,
  };
  await passerelle.get(AccountRepository).insert(account);
  return account;
}

/**
 * From Passerelle's sign-in page, through the firm's button, to the firm's own pages (its password,
 * its second factor set up on the spot), and back: the page Passerelle ends on.
 */
async function signInThroughFirm(
  email: string,
): Promise<{ browser: OidcBrowser; verifier: string; config: oidc.Configuration; end: BrowserPage }> {
  const browser = new OidcBrowser(passerelleIssuer, CONSOLE_CLIENT_ID, TEST_CALLBACK);
  const config = await browser.configuration();
  const { verifier, page } = await browser.start(config);
  const html = await page.response.text();
  const href = /<a class="button secondary" href="([^"]+)">Se connecter avec Cabinet Rhône<\/a>/.exec(
    html,
  )?.[1];
  expect(href).toMatch(/^\/interaction\/[^/]+\/firm\/cabinet-rhone$/);
  const atFirm = await browser.page(new URL(href!, page.url).href);
  expect(atFirm.url).toContain('127.0.0.2');
  const passwordPassed = await browser.page(atFirm.url + '/login', { email, password: FIRM_PASSWORD });
  const { page: end } = await browser.secondFactor(atFirm.url, passwordPassed);
  return { browser, verifier, config, end };
}

describe('signing in through the firm’s own provider', () => {
  it('signs a coach of the firm in with the claims of their Passerelle account, and activates it', async () => {
    const email = `n.petit.${randomUUID().slice(0, 6)}@${FIRM_DOMAIN}`;
    const coachId = randomUUID();
    const ours = (await staff(email, { role: 'coach', coachId, officeIds: [randomUUID()] }))!;
    const { verifier, config, end } = await signInThroughFirm(email);
    expect(end.done).toBe(true);
    const tokens = await oidc.authorizationCodeGrant(config, new URL(end.url), {
      pkceCodeVerifier: verifier,
    });
    const claims = JSON.parse(Buffer.from(tokens.access_token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ sub: ours.id, role: 'coach', coach_id: coachId, amr: ['fed'] });
    expect(await passerelle.get(AccountRepository).findById(ours.id)).toMatchObject({ status: 'active' });
    const outcomes = (await passerelle.get(SignInAttemptRepository).forAccount(ours.id)).map(
      (a) => a.outcome,
    );
    expect(outcomes).toEqual(['firm_signed_in']);
  });

  it('refuses whom the firm vouches for without a staff account here, and says so calmly', async () => {
    const email = `inconnu.${randomUUID().slice(0, 6)}@${FIRM_DOMAIN}`;
    await staff(email, null);
    const { end } = await signInThroughFirm(email);
    expect(end).toMatchObject({ done: false, status: 401 });
    expect(end.html).toContain('Votre cabinet n’a pas pu vous connecter');
    expect(end.html).toContain('<code>no_staff_account</code>');
  });

  it('refuses an address outside the firm’s domains, even with an account here', async () => {
    const email = `claire.${randomUUID().slice(0, 6)}@ailleurs.test`;
    await staff(email, { role: 'ops' });
    const { end } = await signInThroughFirm(email);
    expect(end).toMatchObject({ done: false, status: 401 });
    expect(end.html).toContain('<code>outside_firm_domains</code>');
  });

  it('refuses a person enrolled in a programme: their account is not the firm’s', async () => {
    const email = `salarie.${randomUUID().slice(0, 6)}@${FIRM_DOMAIN}`;
    await staff(email, { role: 'candidate', candidateId: randomUUID(), status: 'active' });
    const { end } = await signInThroughFirm(email);
    expect(end.html).toContain('<code>no_staff_account</code>');
  });

  it('refuses an answer replayed or made up: the hand-over is used once', async () => {
    const forged = await fetch(
      `${new URL(passerelleIssuer).origin}/federation/callback?code=x&state=${randomUUID()}`,
    );
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('<code>firm_sign_in_expired</code>');
  });
});
