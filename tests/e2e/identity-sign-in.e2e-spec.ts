import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createOffice,
  createTestDatabase,
  expectGraphQLError,
  freePort,
  gatewayAs,
  testInfrastructure,
  weekdays,
  type TestDatabase,
} from '@passerelle/shared/testing';
import {
  AccountRepository,
  identityDataSourceOptions,
  type AccountEntity,
} from '@passerelle/identity/data-access';
import { CONSOLE_CLIENT_ID } from '@passerelle/identity/feature-sign-in';
import { startGateway } from '../../apps/gateway/src/gateway.app';
import { identityApp } from '../../apps/identity/src/identity.app';
import {
  identityTestEnv,
  newAccount,
  TEST_AUDIENCE,
  TEST_CALLBACK,
} from '../../apps/identity/src/test/identity-test-kit';
import { OidcBrowser } from '../../apps/identity/src/test/oidc-browser';
import { startPlatform, type RunningPlatform } from './platform-harness';

// People sign in through identity (authorization code + PKCE, a browser-less client posting the
// sign-in form and setting up the ops member's second factor, TOTP), and the gateway, trusting identity's issuer and keys, serves them with the
// claims of their account.

const AUDIENCE = TEST_AUDIENCE;
const CALLBACK = TEST_CALLBACK;
const PASSWORD = 'un long chemin vers le travail';
const LYON = randomUUID();

let platform: RunningPlatform;
let identityDatabase: TestDatabase;
let identity: INestApplication;
let gateway: INestApplication;
let issuer: string;
let gatewayUrl: string;

async function account(over: Partial<AccountEntity>): Promise<AccountEntity> {
  const created = await newAccount(PASSWORD, over);
  await identity.get(AccountRepository).insert(created);
  return created;
}

const signIn = async (email: string) =>
  (await new OidcBrowser(issuer, CONSOLE_CLIENT_ID, CALLBACK).signIn(email, PASSWORD)).access_token;

beforeAll(async () => {
  platform = await startPlatform();
  identityDatabase = await createTestDatabase('e2e_identity');
  await runMigrations(identityDataSourceOptions(identityDatabase.url));
  const identityPort = await freePort();
  issuer = `http://127.0.0.1:${identityPort}/oidc`;
  identity = await startService(
    identityApp,
    identityTestEnv(identityPort, identityDatabase.url, testInfrastructure().kafkaBrokers),
  );
  // The platform's gateway, now trusting identity instead of the local issuer.
  const port = await freePort();
  const env = { ...platform.gatewayEnv };
  delete env['AUTH_JWKS_FILE'];
  gateway = await startGateway({
    ...env,
    PORT: String(port),
    INTERNAL_PORT: String(await freePort()),
    AUTH_ISSUER: issuer,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_JWKS_URI: `${issuer}/jwks`,
  });
  gatewayUrl = `http://127.0.0.1:${port}/graphql`;
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await identity?.close();
  await identityDatabase?.drop();
  await platform?.stop();
});

describe('signing in through identity', () => {
  it('an ops member signs in and works through the gateway within the offices of their account', async () => {
    const ops = await account({ officeIds: [LYON] });
    const client = gatewayAs(gatewayUrl, await signIn(ops.email));
    await createOffice(client, { id: LYON, name: 'Lyon Part-Dieu' });
    const offices = await client.ok<{ offices: { id: string }[] }>(`{ offices { id } }`);
    expect(offices.offices.map((office) => office.id)).toEqual([LYON]);
    // An office the account does not serve is refused, whatever the client asks for.
    expectGraphQLError(
      await client.request(`mutation O($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
        input: {
          id: randomUUID(),
          name: 'Paris',
          address: '1 rue de Rivoli, 75001 Paris',
          timeZone: 'Europe/Paris',
          openingHours: weekdays(),
        },
      }),
      'FORBIDDEN',
    );
  });

  it('refuses a token from the local issuer once the gateway trusts identity', async () => {
    const local = await platform.token({ sub: 'ops-dev', role: 'ops', all_offices: true });
    const answer = await gatewayAs(gatewayUrl, local).request(`{ offices { id } }`);
    expect(answer.status).toBe(401);
  });
});
