import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@passerelle/shared/auth';
import { startGateway } from '../../apps/gateway/src/gateway.app';
import { bearer, freePort, graphql, startPlatform, type RunningPlatform } from './platform-harness';

// Findings of the outside security probe, each checked over HTTP as a client (or a pod) would.

const HOUR = 3600;
const DAY = 24 * HOUR;
const nowSeconds = () => Math.floor(Date.now() / 1000);
const CANDIDATE = `query Candidate($id: ID!) { candidate(id: $id) { id } }`;

let platform: RunningPlatform;
let opsToken: string;
const extraGateways: INestApplication[] = [];

beforeAll(async () => {
  platform = await startPlatform();
  opsToken = await platform.token({ sub: 'ops', role: 'ops', all_offices: true });
});

afterAll(async () => {
  for (const gateway of extraGateways) await gateway.close();
  await platform?.stop();
});

interface ExtraGateway {
  url: string;
  internalUrl: string;
  /** Its JSON log lines, as they would reach stdout. */
  logs: Record<string, unknown>[];
}

/** Another gateway in front of the same subgraphs, with some settings changed and its logs kept. */
async function extraGateway(overrides: Record<string, string>): Promise<ExtraGateway> {
  const logs: Record<string, unknown>[] = [];
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const [port, internalPort] = [await freePort(), await freePort()];
  const env = {
    ...platform.gatewayEnv,
    PORT: String(port),
    INTERNAL_PORT: String(internalPort),
    LOG_LEVEL: 'info',
    ...overrides,
  };
  extraGateways.push(await startGateway(env, { logDestination }));
  return { url: `http://127.0.0.1:${port}/graphql`, internalUrl: `http://127.0.0.1:${internalPort}`, logs };
}

/** A URL where nothing listens: a subgraph that is down. */
const deadSubgraphUrl = async () => `http://127.0.0.1:${await freePort()}/graphql`;

describe('bearer token lifetimes (finding 6) and what a refusal says (finding 8)', () => {
  const ops = { sub: 'mallory', role: 'ops', all_offices: true };
  const candidate = { sub: 'cand', role: 'candidate', candidate_id: randomUUID() };

  it.each([
    ['expires in 50 years', ops, () => ({ iat: nowSeconds(), exp: nowSeconds() + 50 * 365 * DAY })],
    [
      'was issued a year from now',
      ops,
      () => ({ iat: nowSeconds() + 365 * DAY, exp: nowSeconds() + 366 * DAY }),
    ],
    ['gives staff 13 hours', ops, () => ({ iat: nowSeconds(), exp: nowSeconds() + 13 * HOUR })],
    ['gives a candidate 31 days', candidate, () => ({ iat: nowSeconds(), exp: nowSeconds() + 31 * DAY })],
    ['has no expiry', ops, () => ({})],
    [
      'names another issuer',
      ops,
      () => ({ iss: 'https://idp.example.org/realms/other', exp: nowSeconds() + 300 }),
    ],
    ['names another audience', ops, () => ({ aud: 'another-api', exp: nowSeconds() + 300 })],
    ['names no Passerelle role', { sub: 'mallory', role: 'admin' }, () => ({ exp: nowSeconds() + 300 })],
  ])(
    'refuses a correctly signed token that %s, saying only "invalid token"',
    async (_label, claims, times) => {
      const token = await platform.signRaw({ ...claims, ...times() }, { expires: false });
      const response = await graphql(platform.gatewayUrl, CANDIDATE, { id: randomUUID() }, bearer(token));
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        errors: [{ message: 'invalid token', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    },
  );

  it.each([
    ['a 12-hour staff token', ops, 12 * HOUR],
    ['a 30-day candidate token', candidate, 30 * DAY],
  ])('accepts %s (control)', async (_label, claims, lifetime) => {
    const token = await platform.signRaw({ ...claims, iat: nowSeconds(), exp: nowSeconds() + lifetime });
    expect((await graphql(platform.gatewayUrl, '{ __typename }', {}, bearer(token))).status).toBe(200);
  });

  it('asks for a token when none is sent, and logs why a token was refused with the correlation id', async () => {
    const gateway = await extraGateway({});
    const none = await graphql(gateway.url, '{ __typename }');
    expect(none.body.errors).toEqual([
      { message: 'a bearer token is required', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    const token = await platform.signRaw({ ...ops, aud: 'another-api' });
    const correlationId = `e2e-401-${randomUUID()}`;
    const refused = await graphql(
      gateway.url,
      '{ __typename }',
      {},
      {
        ...bearer(token),
        'x-correlation-id': correlationId,
      },
    );
    expect(refused.body.errors?.[0]?.message).toBe('invalid token');
    expect(gateway.logs).toContainEqual(
      expect.objectContaining({
        level: 40,
        correlationId,
        msg: 'refused a bearer token',
        reason: 'jwt audience invalid. expected: passerelle',
      }),
    );
  });
});

describe('forwarded identities (finding 5)', () => {
  const ops = { sub: 'mallory', role: 'ops', office_ids: [], all_offices: true };
  const forged = (times: { iat?: number; exp?: number }) =>
    new SignJWT({ ...ops, ...times })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('passerelle-gateway')
      .setAudience('passerelle-subgraphs')
      .sign(new TextEncoder().encode(platform.identitySecret));

  it.each([
    ['without an expiry', () => ({ iat: nowSeconds() })],
    [
      'issued two minutes ago, however far its expiry',
      () => ({ iat: nowSeconds() - 120, exp: nowSeconds() + DAY }),
    ],
    ['issued a minute from now', () => ({ iat: nowSeconds() + 60, exp: nowSeconds() + 120 })],
  ])('a subgraph refuses one signed with the real secret but %s', async (_label, times) => {
    const header = { [FORWARDED_IDENTITY_HEADER]: await forged(times()) };
    const response = await graphql(platform.subgraphUrls['intake']!, '{ __typename }', {}, header);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: 'unauthenticated',
      message: 'the forwarded identity is not valid',
    });
  });

  it('accepts the one the gateway signs (control)', async () => {
    const identity = { subject: 'ops', role: 'ops' as const, officeIds: [], allOffices: true };
    const header = {
      [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, platform.identitySecret),
    };
    expect((await graphql(platform.subgraphUrls['intake']!, '{ __typename }', {}, header)).status).toBe(200);
  });
});

describe('introspection and field suggestions (finding 7)', () => {
  const SCHEMA = '{ __schema { queryType { name } } }';
  const MISSPELT = `{ candidat(id: "${randomUUID()}") { id } }`;

  it('are off by default (production): no schema, no "Did you mean"', async () => {
    const schema = await graphql(platform.gatewayUrl, SCHEMA, {}, bearer(opsToken));
    expect(schema.status).toBe(400);
    expect(schema.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(schema.body.errors?.[0]?.message).toMatch(/^GraphQL introspection is not allowed/);
    const misspelt = await graphql(platform.gatewayUrl, MISSPELT, {}, bearer(opsToken));
    expect(misspelt.body.errors?.map((error) => error.message)).toEqual([
      'Cannot query field "candidat" on type "Query".',
    ]);
    // __typename is not introspection: clients use it to tell types apart.
    expect((await graphql(platform.gatewayUrl, '{ __typename }', {}, bearer(opsToken))).body.data).toEqual({
      __typename: 'Query',
    });
  });

  it('are on with GRAPHQL_INTROSPECTION=true (development)', async () => {
    const gateway = await extraGateway({ GRAPHQL_INTROSPECTION: 'true' });
    const schema = await graphql(gateway.url, SCHEMA, {}, bearer(opsToken));
    expect(schema.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const misspelt = await graphql(gateway.url, MISSPELT, {}, bearer(opsToken));
    expect(misspelt.body.errors?.[0]?.message).toMatch(
      /^Cannot query field "candidat" on type "Query"\. Did you mean "candidate"/,
    );
  });
});

describe('health and metrics (finding 9)', () => {
  const gatewayOrigin = () => new URL(platform.gatewayUrl).origin;

  it('the public port answers a bare liveness, and no metrics', async () => {
    const health = await fetch(`${gatewayOrigin()}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    expect((await fetch(`${gatewayOrigin()}/metrics`)).status).toBe(404);
  });

  it('the internal port answers readiness with a status per subgraph, and metrics', async () => {
    const health = await fetch(`${platform.gatewayInternalUrl}/health`);
    const up = { status: 'up' };
    expect([health.status, await health.json()]).toEqual([
      200,
      {
        status: 'ok',
        checks: {
          intake: up,
          assessment: up,
          pathway: up,
          matching: up,
          scheduling: up,
          identity: up,
          notifier: up,
          reporting: up,
          career: up,
        },
      },
    ]);
    const metrics = await fetch(`${platform.gatewayInternalUrl}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('process_cpu_user_seconds_total');
  });

  it('says which subgraph is down, but not why: the reason is logged', async () => {
    const gateway = await extraGateway({ MATCHING_URL: await deadSubgraphUrl() });
    const health = await fetch(`${gateway.internalUrl}/health`);
    const body = await health.text();
    expect(health.status).toBe(503);
    expect(JSON.parse(body)).toMatchObject({
      status: 'unavailable',
      checks: { matching: { status: 'down' } },
    });
    expect(body).not.toMatch(/ECONNREFUSED|fetch failed|127\.0\.0\.1/);
    expect(gateway.logs).toContainEqual(expect.objectContaining({ level: 40, dependency: 'matching' }));
  });

  it("a subgraph's readiness gives a status per dependency and nothing more", async () => {
    const health = await fetch(new URL('/health', platform.subgraphUrls['pathway']!));
    expect(await health.json()).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, kafka: { status: 'up' } },
    });
  });
});

describe('query limits (finding 11)', () => {
  it('refuses 5,000 aliases of __typename with the alias limit', async () => {
    const query = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const response = await graphql(platform.gatewayUrl, query, {}, bearer(opsToken));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: 'anonymous operation uses 5000 aliases; the limit is 30',
        extensions: { code: 'TOO_MANY_ALIASES' },
      },
    ]);
  });

  it('stops parsing a document of more than 20,000 tokens', async () => {
    const query = `{ ${'__typename '.repeat(20_001)}}`;
    const response = await graphql(platform.gatewayUrl, query, {}, bearer(opsToken));
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.body.errors?.[0]?.message).toContain('20000 tokens. Parsing aborted');
  });

  it('refuses more than 20 directives (GraphQL Armor)', async () => {
    const query = `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: __typename @include(if: true)`).join(' ')} }`;
    const response = await graphql(platform.gatewayUrl, query, {}, bearer(opsToken));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: 'Directives limit of 20 exceeded, found 21.',
        extensions: { code: 'TOO_MANY_DIRECTIVES' },
      },
    ]);
  });
});

describe('request bodies the gateway cannot read', () => {
  it("answers a body over 1 MB with PAYLOAD_TOO_LARGE and broken JSON with BAD_REQUEST, logged as the client's doing", async () => {
    const gateway = await extraGateway({});
    const post = (body: string) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(opsToken) },
        body,
      });
    const oversize = await post(
      JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
    );
    expect(oversize.status).toBe(413);
    expect(await oversize.json()).toEqual({
      errors: [
        {
          message: 'the request body is larger than the limit (1048576 bytes)',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({
      errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    // Warnings, not errors: a client sending oversize bodies does not fill the error log.
    const refused = gateway.logs.filter((line) => line['msg'] === 'request body refused');
    expect(refused.map((line) => [line['level'], line['code']])).toEqual([
      [40, 'PAYLOAD_TOO_LARGE'],
      [40, 'BAD_REQUEST'],
    ]);
    expect(gateway.logs.filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });
});

describe('malformed ids and unexpected errors (finding 18)', () => {
  const refusal = {
    errors: [
      {
        message: 'id must be a UUID (argument of candidate)',
        extensions: { code: 'BAD_USER_INPUT', arguments: [{ field: 'candidate', argument: 'id' }] },
      },
    ],
  };

  it('refuses candidate(id: "x") with BAD_USER_INPUT naming the argument, as a literal or a variable', async () => {
    const literal = await graphql(platform.gatewayUrl, '{ candidate(id: "x") { id } }', {}, bearer(opsToken));
    expect([literal.status, literal.body]).toEqual([400, refusal]);
    const variable = await graphql(platform.gatewayUrl, CANDIDATE, { id: 'x' }, bearer(opsToken));
    expect([variable.status, variable.body]).toEqual([400, refusal]);
  });

  it('every subgraph refuses it too, whoever calls it', async () => {
    const identity = { subject: 'ops', role: 'ops' as const, officeIds: [], allOffices: true };
    const header = {
      [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, platform.identitySecret),
    };
    const response = await graphql(platform.subgraphUrls['intake']!, CANDIDATE, { id: 'x' }, header);
    expect([response.status, response.body]).toEqual([400, refusal]);
  });

  it('masks an unexpected error for the client and logs it with the correlation id', async () => {
    const gateway = await extraGateway({ MATCHING_URL: await deadSubgraphUrl() });
    const correlationId = `e2e-masked-${randomUUID()}`;
    const response = await graphql(
      gateway.url,
      '{ normaliseJobTitle(title: "soudeur") { occupationCode } }',
      {},
      {
        ...bearer(opsToken),
        'x-correlation-id': correlationId,
      },
    );
    expect(response.body.errors).toEqual([
      { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(gateway.logs).toContainEqual(
      expect.objectContaining({
        level: 50,
        correlationId,
        msg: 'unexpected error, masked for the client',
        err: expect.objectContaining({ code: 'ECONNREFUSED' }),
      }),
    );
  });
});
