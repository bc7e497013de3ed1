import { randomBytes, randomUUID } from 'node:crypto';
import { signServiceToken } from '@passerelle/shared/auth';
import { hashPassword } from '@passerelle/identity/domain';
import type { AccountEntity } from '@passerelle/identity/data-access';

/** The audience identity's test instances issue tokens for (the gateway's AUTH_AUDIENCE). */
export const TEST_AUDIENCE = 'urn:passerelle:api';
/** Where the console receives its code in tests: nothing listens there, the client reads the redirect. */
export const TEST_CALLBACK = 'http://127.0.0.1:5173/auth/callback';

/**
 * Identity's settings for a test instance on `port`, on top of every service's. `topicPrefix`: a
 * run's own topics (`createRunTopics`), so it reads and publishes nothing of another run's.
 */
export function identityTestEnv(
  port: number,
  databaseUrl: string,
  kafkaBrokers: string[],
  topicPrefix = '',
): Record<string, string> {
  return {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    INTERNAL_IDENTITY_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    KAFKA_GROUP_PREFIX: `test-identity-${randomUUID().slice(0, 8)}`,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    KAFKA_FETCH_MAX_WAIT_MS: '500',
    IDENTITY_ISSUER: `http://127.0.0.1:${port}/oidc`,
    IDENTITY_AUDIENCE: TEST_AUDIENCE,
    IDENTITY_CONSOLE_REDIRECT_URIS: TEST_CALLBACK,
    IDENTITY_CONSOLE_LOGOUT_URIS: 'http://127.0.0.1:5173/',
    IDENTITY_COOKIE_KEYS: randomBytes(32).toString('hex'),
    // Nothing answers there unless a test starts intake or scheduling and says where.
    INTAKE_INTERNAL_URL: 'http://127.0.0.1:9/',
    SCHEDULING_INTERNAL_URL: 'http://127.0.0.1:9/',
    IDENTITY_FACTOR_KEY: randomBytes(32).toString('hex'),
  };
}

/** An active ops account of no office with `password`, unless `over` says otherwise. */
export async function newAccount(
  password: string,
  over: Partial<AccountEntity> = {},
): Promise<AccountEntity> {
  const now = new Date();
  return {
    id: randomUUID(),
    email: `${randomUUID().slice(0, 8)}@example.fr`,
    displayName: 'Camille Martin',
    role: 'ops',
    status: 'active',
    language: 'fr',
    passwordHash: await hashPassword(password),
    candidateId: null,
    coachId: null,
    officeIds: [],
    allOffices: false,
    sponsorIds: [],
    failedSignIns: 0,
    lockedUntil: null,
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

/** Mints an invitation's link as the notifier does (`POST /internal/invitations/:id/link`). */
export async function mintInvitationLink(
  baseUrl: string,
  secret: string,
  invitationId: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = await signServiceToken('notifier', 'identity', secret);
  const response = await fetch(`${baseUrl}/internal/invitations/${invitationId}/link`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Posts the set-password form of an invitation or sign-in link; the status, page and its alert. */
export async function postPassword(url: string, password: string, confirmation = password) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ password, confirmation }).toString(),
  });
  const html = await response.text();
  return {
    status: response.status,
    html,
    alert: /<p id="refused"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? null,
  };
}
