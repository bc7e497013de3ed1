import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  freePort,
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
  InvitationIssuer,
  SignInAttemptRepository,
  type AccountEntity,
} from '@passerelle/identity/data-access';
import { CONSOLE_CLIENT_ID } from '@passerelle/identity/feature-sign-in';
import { identityApp } from './identity.app';
import {
  identityTestEnv,
  mintInvitationLink,
  newAccount,
  postPassword,
  TEST_CALLBACK,
} from './test/identity-test-kit';
import { OidcBrowser } from './test/oidc-browser';

// "Forgot my password" on real PostgreSQL and Kafka: the sign-in page's link, the one answer
// whatever the address, the sign-in link issued (InvitationIssued on Kafka, ids only), its limit,
// and the link followed to a new password that ends the account's sessions.

const OLD_PASSWORD = 'le chemin du retour au travail';
const NEW_PASSWORD = 'une autre saison, un autre métier';
/** Every answer takes at least this long (SIGN_IN_LINK_ANSWER_MS). */
const ANSWER_FLOOR_MS = 400;

let database: TestDatabase;
let app: INestApplication;
let secret: string;
let baseUrl: string;
let accounts: AccountRepository;
let dataSource: DataSource;
let reader: TopicReader;
/** The file's own topics (decision 0043): the reader sees this file's events only. */
let topics: RunTopics;
/** One sign-in page (interaction) every request is made from, so answers compare byte for byte. */
let asker: OidcBrowser;
let interaction: string;
/** The answer to an address nobody has: every other answer must be this one. */
let answer: string;

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('identity_sign_in_link');
  await runMigrations(identityDataSourceOptions(database.url));
  const port = await freePort();
  topics = await createRunTopics(kafkaBrokers);
  const env = identityTestEnv(port, database.url, kafkaBrokers, topics.prefix);
  secret = env['INTERNAL_IDENTITY_SECRET']!;
  app = await startService(identityApp, env);
  baseUrl = `http://127.0.0.1:${port}`;
  accounts = app.get(AccountRepository);
  dataSource = app.get(DataSource);
  reader = await TopicReader.start(new Kafka({ brokers: kafkaBrokers, logLevel: logLevel.NOTHING }), [
    topics.topic('passerelle.identity.account'),
  ]);
  asker = new OidcBrowser(`${baseUrl}/oidc`, CONSOLE_CLIENT_ID, TEST_CALLBACK);
  interaction = (await asker.start(await asker.configuration())).page.url;
  const nobody = await askLink(`personne.${randomUUID().slice(0, 8)}@example.fr`);
  expect(nobody.status).toBe(200);
  answer = nobody.html;
}, 60_000);

afterAll(async () => {
  await reader?.stop();
  await app?.close();
  await database?.drop();
  await topics?.delete();
});

/** Posts the "forgot my password" form from the shared sign-in page; the answer and its time. */
async function askLink(email: string): Promise<{ status: number; html: string; ms: number }> {
  const started = performance.now();
  const page = await asker.page(`${interaction}/sign-in-link`, { email });
  return { status: page.status, html: page.html, ms: performance.now() - started };
}

async function saved(over: Partial<AccountEntity> = {}): Promise<AccountEntity> {
  const candidateId = randomUUID();
  const account = await newAccount(OLD_PASSWORD, { role: 'candidate', candidateId, ...over });
  await accounts.insert(account);
  return account;
}

/** The account's invitations and sign-in links, oldest first. */
async function invitationsOf(accountId: string): Promise<{ id: string; purpose: string }[]> {
  return dataSource.query(`SELECT id, purpose FROM invitation WHERE account_id = $1 ORDER BY issued_at, id`, [
    accountId,
  ]);
}

/** The link the notifier would write for the account's latest sign-in link. */
async function latestLink(accountId: string): Promise<string> {
  const sent = (await invitationsOf(accountId)).filter((row) => row.purpose === 'sign_in_link');
  const minted = await mintInvitationLink(baseUrl, secret, sent.at(-1)!.id);
  expect(minted.status).toBe(200);
  return minted.body['url'] as string;
}

const auditOf = async (accountId: string) =>
  (await app.get(AccountAuditRepository).ofAccount(accountId)).map((entry) => [entry.action, entry.actor]);
const outcomesOf = async (accountId: string) =>
  (await app.get(SignInAttemptRepository).forAccount(accountId)).map((attempt) => attempt.outcome);
const browser = () => new OidcBrowser(`${baseUrl}/oidc`, CONSOLE_CLIENT_ID, TEST_CALLBACK);

describe('asking for a sign-in link', () => {
  it('is offered on the sign-in page, in its language, as a form asking the address', async () => {
    const signInPage = await asker.page(interaction);
    const uid = new URL(interaction).pathname;
    expect(signInPage.html).toContain(
      `<a id="sign-in-link" href="${uid}/sign-in-link">Mot de passe oublié ? Recevoir un lien par e-mail</a>`,
    );
    const form = await asker.page(`${interaction}/sign-in-link`);
    expect(form.status).toBe(200);
    expect(form.html).toContain(`<form method="post" action="${uid}/sign-in-link"`);
    expect(form.html).toContain('name="email" type="email"');
  });

  it('answers a known and an unknown address byte for byte alike, in about the same time', async () => {
    const account = await saved();
    const known = await askLink(account.email.toUpperCase());
    const unknown = await askLink(`inconnu.${randomUUID().slice(0, 8)}@example.fr`);

    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(known.html).toBe(answer);
    expect(unknown.html).toBe(answer);
    expect(answer).toContain(
      'Si un compte existe pour cette adresse, un lien vient de lui être envoyé. Il sert une seule fois et fonctionne pendant 30 minutes.',
    );
    expect(answer).not.toContain('@example.fr');
    // Both wait for the floor; neither the lookup nor the transaction shows through it.
    expect(known.ms).toBeGreaterThanOrEqual(ANSWER_FLOOR_MS - 5);
    expect(unknown.ms).toBeGreaterThanOrEqual(ANSWER_FLOOR_MS - 5);
    expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(150);
  });

  it('issues exactly one sign-in link to a known address: InvitationIssued with ids only, 30 minutes', async () => {
    const account = await saved();
    await askLink(account.email);

    const rows: { id: string; purpose: string; issued_at: Date; expires_at: Date }[] = await dataSource.query(
      `SELECT id, purpose, issued_at, expires_at FROM invitation WHERE account_id = $1`,
      [account.id],
    );
    expect(rows).toEqual([expect.objectContaining({ purpose: 'sign_in_link' })]);
    const [row] = rows;
    expect(row!.expires_at.getTime() - row!.issued_at.getTime()).toBe(30 * 60_000);
    const ofAccount = () =>
      reader.matching(
        (m) => m.header('x-event-type') === 'InvitationIssued' && m.value!.includes(account.id),
      );
    await waitFor(async () => (ofAccount().length > 0 ? true : null));
    // The relay had its chance to send a second one; there is none.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const announced = ofAccount();
    expect(announced).toHaveLength(1);
    expect(JSON.parse(announced[0]!.value!).payload).toEqual({
      invitationId: row!.id,
      accountId: account.id,
      purpose: 'sign_in_link',
      expiresAt: row!.expires_at.toISOString(),
      issuedAt: row!.issued_at.toISOString(),
    });
    expect(announced[0]!.value).not.toContain(account.email);
    expect(await auditOf(account.id)).toEqual([['sign_in_link_sent', 'sign-in-page']]);
    expect(await outcomesOf(account.id)).toEqual(['link_sent']);
  });

  it('makes the earlier open link stop working, as a re-sent invitation does', async () => {
    const account = await saved();
    await askLink(account.email);
    const first = await latestLink(account.id);
    expect((await fetch(first)).status).toBe(200);

    await askLink(account.email);
    const superseded = await fetch(first);
    expect(superseded.status).toBe(410);
    expect(await superseded.text()).toContain('Un lien plus récent vous a été envoyé');
    expect((await fetch(await latestLink(account.id))).status).toBe(200);
  });

  it('sends an invited person a link too, which replaces their open invitation', async () => {
    const account = await saved({ status: 'invited', passwordHash: null });
    const invitation = await dataSource.transaction((manager) =>
      app.get(InvitationIssuer).issue(manager, {
        accountId: account.id,
        purpose: 'invitation',
        actor: 'service:intake',
        now: new Date(),
      }),
    );
    const invitationUrl = (await mintInvitationLink(baseUrl, secret, invitation.id)).body['url'] as string;

    expect((await askLink(account.email)).html).toBe(answer);
    expect((await invitationsOf(account.id)).map((row) => row.purpose)).toEqual([
      'invitation',
      'sign_in_link',
    ]);
    expect((await fetch(invitationUrl)).status).toBe(410);
    expect((await fetch(await latestLink(account.id))).status).toBe(200);
  });

  it('issues at most three links in fifteen minutes: the fourth request issues nothing, same answer', async () => {
    const account = await saved();
    for (let i = 0; i < 3; i++) expect((await askLink(account.email)).html).toBe(answer);
    const fourth = await askLink(account.email);

    expect(fourth).toMatchObject({ status: 200, html: answer });
    expect(await invitationsOf(account.id)).toHaveLength(3);
    expect(await outcomesOf(account.id)).toEqual(['link_sent', 'link_sent', 'link_sent', 'link_limited']);
    expect((await auditOf(account.id)).map(([action]) => action)).toEqual([
      'sign_in_link_sent',
      'sign_in_link_sent',
      'sign_in_link_sent',
      'sign_in_link_limited',
    ]);
  });

  it('sends a disabled account nothing, with the same answer', async () => {
    const account = await saved({ status: 'disabled' });
    expect(await askLink(account.email)).toMatchObject({ status: 200, html: answer });
    expect(await invitationsOf(account.id)).toEqual([]);
    expect(await outcomesOf(account.id)).toEqual(['link_not_active']);
    expect(await auditOf(account.id)).toEqual([]);
  });
});

describe('following a sign-in link', () => {
  it('sets a new password, ends the sessions; the old password then fails and the new one works', async () => {
    const account = await saved({ language: 'en', displayName: 'Karim Benali' });
    const before = await browser().signIn(account.email, OLD_PASSWORD);
    // Earlier failures aimed at the old password: forgotten with it.
    await accounts.saveThrottle(
      account.id,
      { failures: 7, lockedUntil: new Date(Date.now() + 3_600_000) },
      new Date(),
    );
    await askLink(account.email);
    const link = await latestLink(account.id);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Choose a new password</h1>');
    expect(html).toContain('Karim Benali, you asked for a link to get back into your space.');
    expect(html).not.toContain('Welcome');
    expect(await postPassword(link, 'motdepasse123')).toMatchObject({
      status: 422,
      alert: expect.stringContaining('too common'),
    });
    const done = await postPassword(link, NEW_PASSWORD);
    expect(done).toMatchObject({ status: 200, alert: null });
    expect(done.html).toContain('Your new password is saved');

    // The session and refresh token of before are gone.
    const config = await browser().configuration();
    await expect(oidc.refreshTokenGrant(config, before.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    await expect(browser().signIn(account.email, OLD_PASSWORD)).rejects.toThrow('sign-in refused (401)');
    const after = await browser().signIn(account.email, NEW_PASSWORD);
    const claims = JSON.parse(Buffer.from(after.access_token.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ sub: account.id, role: 'candidate', amr: ['pwd'] });
    expect((await auditOf(account.id)).map(([action]) => action)).toEqual([
      'sign_in_link_sent',
      'password_reset',
    ]);

    // Used up.
    const again = await postPassword(link, 'encore un tout autre mot de passe');
    expect(again.status).toBe(410);
    expect(again.html).toContain('This link has been used');
  });

  it('does not skip a second factor: staff are asked their code at the next sign-in', async () => {
    const account = await saved({ role: 'ops', candidateId: null });
    await browser().signIn(account.email, OLD_PASSWORD); // sets up the factor on the way
    await askLink(account.email);
    expect((await postPassword(await latestLink(account.id), NEW_PASSWORD)).status).toBe(200);

    const next = browser();
    const { interaction: signingIn, page } = await next.password(
      await next.configuration(),
      account.email,
      NEW_PASSWORD,
    );
    expect(page.done).toBe(false);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`action="${new URL(signingIn).pathname}/code"`);
  });
});

describe('the per-address limit', () => {
  it('issues nothing once the source address is over its failure limit, with the same answer', async () => {
    const account = await saved();
    const [{ source }]: { source: string }[] = await dataSource.query(
      `SELECT source_address AS source FROM sign_in_attempt LIMIT 1`,
    );
    for (let i = 0; i < 20; i++) {
      await app.get(SignInAttemptRepository).record({
        id: randomUUID(),
        accountId: null,
        emailDigest: 'x',
        sourceAddress: source,
        outcome: 'wrong_password',
        attemptedAt: new Date(),
      });
    }
    expect(await askLink(account.email)).toMatchObject({ status: 200, html: answer });
    expect(await invitationsOf(account.id)).toEqual([]);
    const [last]: { outcome: string; account_id: string | null }[] = await dataSource.query(
      `SELECT outcome, account_id FROM sign_in_attempt ORDER BY attempted_at DESC LIMIT 1`,
    );
    // Not even looked up: the attempt names no account.
    expect(last).toEqual({ outcome: 'link_blocked', account_id: null });
  });
});
