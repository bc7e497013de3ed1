import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { PinnableClock } from '@passerelle/shared/clock';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createTestDatabase,
  freePort,
  testInfrastructure,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { totpCode, TOTP_PERIOD_SECONDS } from '@passerelle/identity/domain';
import {
  AccountRepository,
  identityDataSourceOptions,
  SecondFactorRepository,
  SignInAttemptRepository,
  type AccountEntity,
} from '@passerelle/identity/data-access';
import { CONSOLE_CLIENT_ID } from '@passerelle/identity/feature-sign-in';
import { identityApp } from './identity.app';
import { identityTestEnv, newAccount, TEST_CALLBACK } from './test/identity-test-kit';
import { OidcBrowser, type BrowserPage } from './test/oidc-browser';

// Staff's second factor (TOTP) through the real sign-in pages: set up at the first sign-in, asked
// at the next ones, wrong and replayed codes refused, recovery codes used once, candidates not
// asked. The service's clock is pinned so each sign-in's code falls in a known 30-second step.

const PASSWORD = 'trois chats sur le toit';
const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
const REFUSED_FR = 'Code incorrect ou déjà utilisé';

let database: TestDatabase;
let app: INestApplication;
let issuer: string;
const clock = new PinnableClock();

async function createAccount(over: Partial<AccountEntity>): Promise<AccountEntity> {
  const account = await newAccount(PASSWORD, over);
  await app.get(AccountRepository).insert(account);
  return account;
}

const coachAccount = () => createAccount({ role: 'coach', coachId: randomUUID(), officeIds: [randomUUID()] });

/** Pins the service's clock a few seconds into the next step: each sign-in gets codes of its own. */
function nextStep(): Date {
  const current = Math.floor(clock.now().getTime() / STEP_MS);
  clock.pin(new Date((current + 1) * STEP_MS + 5_000));
  return clock.now();
}

/** One sign-in, up to the page after the password. */
async function passwordStep(email: string) {
  const browser = new OidcBrowser(issuer, CONSOLE_CLIENT_ID, TEST_CALLBACK);
  const config = await browser.configuration();
  const started = await browser.password(config, email, PASSWORD);
  const typeCode = (code: string) => browser.page(started.interaction + '/code', { code });
  const tokens = (page: BrowserPage) =>
    oidc.authorizationCodeGrant(config, new URL(page.url), { pkceCodeVerifier: started.verifier });
  return { ...started, browser, typeCode, tokens };
}

const alertOf = (page: BrowserPage) => /<p id="refused"[^>]*>([^<]*)<\/p>/.exec(page.html)?.[1] ?? null;
const isCodePage = (page: BrowserPage) =>
  page.status === 200 && /action="\/interaction\/[^"]+\/code"/.test(page.html);
const outcomes = async (account: AccountEntity) =>
  (await app.get(SignInAttemptRepository).forAccount(account.id)).map((attempt) => attempt.outcome);

beforeAll(async () => {
  const { kafkaBrokers } = testInfrastructure();
  database = await createTestDatabase('identity_second_factor');
  await runMigrations(identityDataSourceOptions(database.url));
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}/oidc`;
  app = await startService(identityApp, identityTestEnv(port, database.url, kafkaBrokers), clock);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('a coach’s second factor', () => {
  it('is set up at the first sign-in, asked at the next, and refuses wrong, replayed and spent codes', async () => {
    const coach = await coachAccount();
    nextStep();

    // First sign-in: the password passes, and the page sets up a factor before anything else.
    const first = await passwordStep(coach.email);
    expect(first.page).toMatchObject({ status: 200, done: false });
    const secret = /data-secret="([A-Z2-7]+)"/.exec(first.page.html)?.[1] ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.page.html).toContain(
      `href="otpauth://totp/Passerelle:${encodeURIComponent(coach.email)}?issuer=Passerelle&amp;secret=${secret}&amp;`,
    );
    expect(first.page.html).toMatch(/<div class="qr" role="img" aria-label="QR code"><svg [^>]*viewBox/);
    expect(first.page.html).not.toMatch(/https?:\/\//);
    const enrolled = await first.browser.secondFactor(first.interaction, first.page, {
      now: () => clock.now(),
    });
    expect(enrolled.enrolment?.secret).toBe(secret);
    const recoveryCodes = enrolled.enrolment?.recoveryCodes ?? [];
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(enrolled.page.done).toBe(true);
    const firstTokens = await first.tokens(enrolled.page);
    expect(firstTokens.claims()?.amr).toEqual(['pwd', 'otp']);
    expect(decodeJwt(firstTokens.access_token)).toMatchObject({ role: 'coach', amr: ['pwd', 'otp'] });
    const refreshed = await oidc.refreshTokenGrant(
      await first.browser.configuration(),
      firstTokens.refresh_token!,
    );
    expect(decodeJwt(refreshed.access_token).amr).toEqual(['pwd', 'otp']);

    // Stored sealed, confirmed, with the first code's step spent and the recovery codes as digests.
    const factor = await app.get(SecondFactorRepository).findByAccount(coach.id);
    expect(factor).toMatchObject({ confirmedAt: expect.any(Date), lastUsedStep: expect.any(Number) });
    expect(factor?.sealedSecret).not.toContain(secret);
    expect(factor?.recoveryCodeDigests).toHaveLength(10);
    expect(factor?.recoveryCodeDigests).not.toContain(recoveryCodes[0]);

    // Next sign-in, 30 s later: a code is asked; a wrong one is refused with the page's message.
    nextStep();
    const second = await passwordStep(coach.email);
    expect(isCodePage(second.page)).toBe(true);
    const right = totpCode(secret, clock.now());
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    const refused = await second.typeCode(wrong);
    expect(refused).toMatchObject({ status: 401, done: false });
    expect(alertOf(refused)).toContain(REFUSED_FR);
    const signedIn = await second.typeCode(right);
    expect(signedIn.done).toBe(true);
    expect((await second.tokens(signedIn)).access_token).toEqual(expect.any(String));

    // The same code again, in the same step, from another sign-in: refused as a replay.
    const third = await passwordStep(coach.email);
    const replayed = await third.typeCode(right);
    expect(replayed).toMatchObject({ status: 401, done: false });
    expect(alertOf(replayed)).toContain(REFUSED_FR);

    // A recovery code instead (on the same page, after the refusal) signs in, once.
    const recovered = await third.typeCode(recoveryCodes[3]!.toUpperCase());
    expect(recovered.done).toBe(true);
    const fourth = await passwordStep(coach.email);
    const spent = await fourth.typeCode(recoveryCodes[3]!);
    expect(spent).toMatchObject({ status: 401, done: false });
    expect((await app.get(SecondFactorRepository).findByAccount(coach.id))?.recoveryCodeDigests).toHaveLength(
      9,
    );

    expect(await outcomes(coach)).toEqual([
      'password_passed',
      'factor_enrolled',
      'password_passed',
      'factor_failed',
      'signed_in',
      'password_passed',
      'factor_replayed',
      'recovery_code_used',
      'password_passed',
      'factor_failed',
    ]);
  });

  it('counts wrong codes toward the password lockout: once locked, the right code is refused too', async () => {
    const coach = await coachAccount();
    nextStep();
    const { enrolment } = await new OidcBrowser(issuer, CONSOLE_CLIENT_ID, TEST_CALLBACK).signIn(
      coach.email,
      PASSWORD,
      { now: () => clock.now() },
    );
    nextStep();
    const signIn = await passwordStep(coach.email);
    for (let i = 0; i < 5; i++) expect((await signIn.typeCode('000000')).status).toBe(401);
    expect(await app.get(AccountRepository).findById(coach.id)).toMatchObject({
      failedSignIns: 5,
      lockedUntil: expect.any(Date),
    });
    const locked = await signIn.typeCode(totpCode(enrolment?.secret ?? '', clock.now()));
    expect(locked).toMatchObject({ status: 401, done: false });
    expect((await outcomes(coach)).slice(-6)).toEqual([...Array(5).fill('factor_failed'), 'locked']);
  });

  it('goes with its account', async () => {
    const coach = await coachAccount();
    nextStep();
    await new OidcBrowser(issuer, CONSOLE_CLIENT_ID, TEST_CALLBACK).signIn(coach.email, PASSWORD, {
      now: () => clock.now(),
    });
    const factors = app.get(SecondFactorRepository);
    expect(await factors.findByAccount(coach.id)).not.toBeNull();
    await app.get(DataSource).query(`DELETE FROM account WHERE id = $1`, [coach.id]);
    expect(await factors.findByAccount(coach.id)).toBeNull();
  });
});

describe('who must have a second factor', () => {
  it('an ops member without one must set it up: no code page, no sign-in until a first right code', async () => {
    const ops = await createAccount({ allOffices: true });
    nextStep();

    // Neither the code page nor the provider's resume URL lets them past the set-up: the
    // password's success is not the provider's to know yet.
    const bypass = await passwordStep(ops.email);
    expect(bypass.page.html).toContain('data-secret="');
    expect(isCodePage(bypass.page)).toBe(false);
    const code = await bypass.typeCode('123456');
    expect(code.status).toBe(400);
    expect(code.html).toContain('name="password"');
    const uid = new URL(bypass.interaction).pathname.split('/').pop();
    const resumed = await bypass.browser.page(`${issuer}/auth/${uid}`);
    expect(resumed.done).toBe(false);
    expect(resumed.html).not.toContain('data-secret="');

    const signIn = await passwordStep(ops.email);

    // A wrong first code is refused; the same key is shown again; the right one signs in.
    const secret = /data-secret="([A-Z2-7]+)"/.exec(signIn.page.html)?.[1] ?? '';
    const wrong = await signIn.browser.page(signIn.interaction + '/enrol', { code: 'abcdef' });
    expect(wrong.status).toBe(401);
    expect(alertOf(wrong)).toContain(REFUSED_FR);
    expect(wrong.html).toContain(`data-secret="${secret}"`);
    const passed = await signIn.browser.secondFactor(signIn.interaction, wrong, { now: () => clock.now() });
    expect(passed.enrolment?.recoveryCodes).toHaveLength(10);
    expect(passed.page.done).toBe(true);
    expect(await outcomes(ops)).toEqual([
      'password_passed',
      'password_passed',
      'factor_failed',
      'factor_enrolled',
    ]);
  });

  it('a candidate signs in with a password only', async () => {
    const candidate = await createAccount({ role: 'candidate', candidateId: randomUUID() });
    const signIn = await passwordStep(candidate.email);
    expect(signIn.page.done).toBe(true);
    const tokens = await signIn.tokens(signIn.page);
    expect(tokens.claims()?.amr).toEqual(['pwd']);
    expect(decodeJwt(tokens.access_token).amr).toEqual(['pwd']);
    expect(await app.get(SecondFactorRepository).findByAccount(candidate.id)).toBeNull();
    expect(await outcomes(candidate)).toEqual(['signed_in']);
  });
});
