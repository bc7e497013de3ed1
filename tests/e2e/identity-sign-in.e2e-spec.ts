import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import { createOffice, expectGraphQLError, gatewayAs, waitFor, weekdays } from '@passerelle/shared/testing';
import { AccountRepository, type AccountEntity } from '@passerelle/identity/data-access';
import { CONSOLE_CLIENT_ID } from '@passerelle/identity/feature-sign-in';
import { newAccount, TEST_CALLBACK } from '../../apps/identity/src/test/identity-test-kit';
import { OidcBrowser } from '../../apps/identity/src/test/oidc-browser';
import { startPlatform, type RunningPlatform } from './platform-harness';
import { DataSource } from 'typeorm';
import { identityDataSourceOptions } from '@passerelle/identity/data-access';

// People sign in through identity (authorization code + PKCE, a browser-less client posting the
// sign-in form and setting up the ops member's second factor, TOTP), and a gateway trusting identity's
// issuer and keys serves them with the claims of their account. Access tokens live
// ACCESS_TOKEN_SECONDS here (600 in production): a revoked session keeps its access token until then,
// and not a second longer.

const PASSWORD = 'un long chemin vers le travail';
const ACCESS_TOKEN_SECONDS = 5;
const LYON = randomUUID();

let platform: RunningPlatform;
let identityDatabase: DataSource;
let gatewayUrl: string;

async function account(over: Partial<AccountEntity>): Promise<AccountEntity> {
  const created = await newAccount(PASSWORD, over);
  await new AccountRepository(identityDatabase).insert(created);
  return created;
}

const browser = () => new OidcBrowser(platform.identityIssuer, CONSOLE_CLIENT_ID, TEST_CALLBACK);

beforeAll(async () => {
  platform = await startPlatform(undefined, {
    identityEnv: { IDENTITY_ACCESS_TOKEN_SECONDS: String(ACCESS_TOKEN_SECONDS) },
  });
  identityDatabase = await new DataSource(
    identityDataSourceOptions(platform.databaseUrls['identity']!),
  ).initialize();
  gatewayUrl = await platform.startIdentityGateway();
}, 120_000);

afterAll(async () => {
  await identityDatabase?.destroy();
  await platform?.stop();
});

describe('signing in through identity', () => {
  it('an ops member signs in and works through the gateway within the offices of their account', async () => {
    const ops = await account({ officeIds: [LYON] });
    const client = gatewayAs(gatewayUrl, (await browser().signIn(ops.email, PASSWORD)).access_token);
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
    expect(await client.ok(`{ myAccount { id role } }`)).toEqual({ myAccount: { id: ops.id, role: 'OPS' } });
  });

  it('refuses a token from the local issuer once the gateway trusts identity', async () => {
    const local = await platform.token({ sub: 'ops-dev', role: 'ops', all_offices: true });
    const answer = await gatewayAs(gatewayUrl, local).request(`{ offices { id } }`);
    expect(answer.status).toBe(401);
  });

  it('refuses a revoked session: no refresh at once, and the access token once its lifetime is over', async () => {
    const person = await account({ role: 'candidate', candidateId: randomUUID() });
    const client = browser();
    const config = await client.configuration();
    const tokens = await client.signIn(person.email, PASSWORD);
    expect(tokens.expires_in).toBe(ACCESS_TOKEN_SECONDS);
    const gateway = gatewayAs(gatewayUrl, tokens.access_token);
    expect(await gateway.ok(`mutation { revokeSessions }`)).toEqual({ revokeSessions: expect.any(Number) });

    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    // Within its lifetime the access token still answers; past it, the gateway refuses it.
    const expiresAt = JSON.parse(Buffer.from(tokens.access_token.split('.')[1]!, 'base64url').toString()).exp;
    const refused = await waitFor(
      async () => {
        const answer = await gateway.request(`{ myAccount { id } }`);
        return answer.status === 401 ? Date.now() / 1000 : null;
      },
      { timeoutMs: (ACCESS_TOKEN_SECONDS + 10) * 1000, intervalMs: 250, what: 'the revoked token refused' },
    );
    expect(refused).toBeGreaterThanOrEqual(expiresAt);
    expect(refused).toBeLessThan(expiresAt + 6);
  });
});
