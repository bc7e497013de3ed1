import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, readFileSync } from 'node:fs';
import { SignJWT, importJWK, type JWK } from 'jose';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSourceOptions } from 'typeorm';
import { SystemClock, type Clock } from '@passerelle/shared/clock';
import { EVENT_CATALOGUE } from '@passerelle/shared/contracts';
import {
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  ensureLocalIssuerKeys,
  issueLocalToken,
  localIssuerPaths,
  type IdentityClaims,
} from '@passerelle/shared/auth';
import { runMigrations, startService, type ServiceDefinition } from '@passerelle/shared/runtime';
import {
  createRunTopics,
  createTestDatabase,
  freePort,
  gatewayAs,
  Mailbox,
  setUpProgramme,
  startGroupsAtTopicEnd,
  testInfrastructure,
  type GraphQLAnswer,
  type GraphQLClient,
  type RunTopics,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { pathwayDataSourceOptions } from '@passerelle/pathway/data-access';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';
import { identityDataSourceOptions } from '@passerelle/identity/data-access';
import { notifierDataSourceOptions } from '@passerelle/notifier/data-access';
import { notifierApp } from '../../apps/notifier/src/notifier.app';
import { reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import { reportingApp } from '../../apps/reporting/src/reporting.app';
import { careerDataSourceOptions } from '@passerelle/career/data-access';
import { careerApp } from '../../apps/career/src/career.app';
import { identityApp } from '../../apps/identity/src/identity.app';
import { identityTestEnv, TEST_AUDIENCE } from '../../apps/identity/src/test/identity-test-kit';
import { assessmentApp } from '../../apps/assessment/src/assessment.app';
import { startGateway } from '../../apps/gateway/src/gateway.app';
import { intakeApp } from '../../apps/intake/src/intake.app';
import { matchingApp } from '../../apps/matching/src/matching.app';
import { pathwayApp } from '../../apps/pathway/src/pathway.app';
import { schedulingApp } from '../../apps/scheduling/src/scheduling.app';

const SERVICES: {
  app: ServiceDefinition;
  dataSource: (url: string) => DataSourceOptions;
  /** Settings of its own, knowing the port it gets and where the services before it run. */
  env?: (
    port: number,
    databaseUrl: string,
    baseUrls: Record<string, string>,
    options: PlatformOptions,
  ) => Record<string, string>;
}[] = [
  {
    app: intakeApp,
    dataSource: intakeDataSourceOptions,
    // Where every other service answers its part of a person's data export (decision 0022).
    env: (_port, _databaseUrl, baseUrls) => ({
      ASSESSMENT_INTERNAL_URL: baseUrls['assessment']!,
      PATHWAY_INTERNAL_URL: baseUrls['pathway']!,
      MATCHING_INTERNAL_URL: baseUrls['matching']!,
      SCHEDULING_INTERNAL_URL: baseUrls['scheduling']!,
      NOTIFIER_INTERNAL_URL: baseUrls['notifier']!,
      IDENTITY_INTERNAL_URL: baseUrls['identity']!,
      CAREER_INTERNAL_URL: baseUrls['career']!,
    }),
  },
  { app: assessmentApp, dataSource: assessmentDataSourceOptions },
  { app: pathwayApp, dataSource: pathwayDataSourceOptions },
  { app: matchingApp, dataSource: matchingDataSourceOptions },
  { app: schedulingApp, dataSource: schedulingDataSourceOptions },
  {
    app: identityApp,
    dataSource: identityDataSourceOptions,
    env: (port, databaseUrl, baseUrls, options) => ({
      ...identityTestEnv(port, databaseUrl, testInfrastructure().kafkaBrokers),
      INTAKE_INTERNAL_URL: baseUrls['intake']!,
      SCHEDULING_INTERNAL_URL: baseUrls['scheduling']!,
      ...options.identityEnv,
    }),
  },
  {
    app: notifierApp,
    dataSource: notifierDataSourceOptions,
    // Mail goes to the real SMTP server the tests read (Mailpit), texts to the sink table; whom to
    // write to, to identity; a mobile number, to intake.
    env: (port, _databaseUrl, baseUrls) => ({
      SMTP_URL: Mailbox.fromEnvironment().smtpUrl,
      MAIL_FROM: 'Passerelle <ne-pas-repondre@passerelle.test>',
      IDENTITY_INTERNAL_URL: baseUrls['identity']!,
      INTAKE_INTERNAL_URL: baseUrls['intake']!,
      SMS_PROVIDER: 'sink',
      CONSOLE_URL: 'http://127.0.0.1:5173',
      NOTIFIER_PUBLIC_URL: `http://127.0.0.1:${port}`,
      NOTIFIER_SEND_POLL_MS: '50',
    }),
  },
  { app: reportingApp, dataSource: reportingDataSourceOptions },
  { app: careerApp, dataSource: careerDataSourceOptions },
];

export interface PlatformOptions {
  /** Identity's settings over the test defaults (e.g. a short IDENTITY_ACCESS_TOKEN_SECONDS). */
  identityEnv?: Record<string, string>;
}

export interface RunningPlatform {
  gatewayUrl: string;
  /** The gateway's internal port: readiness with each subgraph's status, and /metrics. */
  gatewayInternalUrl: string;
  /** The configuration the gateway was started with: to start another one with a setting changed. */
  gatewayEnv: Record<string, string>;
  subgraphUrls: Record<string, string>;
  /** Each service's own address (`http://127.0.0.1:port/`): health, internal routes, identity's OpenID issuer below `/oidc`. */
  baseUrls: Record<string, string>;
  /** Each service's database: for SQL checks of what the API cannot show, and for loading reference data as an operator would. */
  databaseUrls: Record<string, string>;
  identitySecret: string;
  /** Identity's OpenID issuer (its `/oidc`): people sign in there. */
  identityIssuer: string;
  /**
   * The run's own topics (KAFKA_TOPIC_PREFIX, decision 0043): a spec that publishes or reads events
   * itself names them with `topics.topic(EVENT_CATALOGUE[key].topic)`.
   */
  topics: RunTopics;
  /**
   * Starts a second gateway over the same services that trusts identity's tokens (issuer, audience,
   * JWKS) instead of the local issuer, as production does; its GraphQL URL. Stopped with the platform.
   */
  startIdentityGateway(options?: { port?: number; env?: Record<string, string> }): Promise<string>;
  token(claims: IdentityClaims): Promise<string>;
  /** The gateway as the holder of this token calls it (`ok`, `request`: the test kit's client). */
  as(token: string): GraphQLClient;
  /**
   * Signs any payload with the issuer's real key: for tokens the local issuer itself refuses to
   * make. `iss`, `aud`, `iat` and `exp` in the payload win over the issuer's (exp: 5 minutes).
   */
  signRaw(payload: Record<string, unknown>, options?: { expires?: boolean }): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The whole platform in this process, as production wires it: nine services, each with its own
 * fresh database and migrations, on the real broker under topics and consumer groups of its own
 * (no other run's events reach it), and the gateway verifying tokens from a local issuer.
 */
/**
 * `clock`: the services' clock, for a story set on given dates (the gateway and the token checks
 * keep the machine's time).
 */
export async function startPlatform(
  clock: Clock = new SystemClock(),
  options: PlatformOptions = {},
): Promise<RunningPlatform> {
  const { kafkaBrokers } = testInfrastructure();
  const identitySecret = randomBytes(32).toString('hex');
  const issuerDir = mkdtempSync(join(tmpdir(), 'passerelle-issuer-'));
  await ensureLocalIssuerKeys(issuerDir);
  const groupPrefix = `e2e-${randomUUID().slice(0, 8)}`;
  // Topics of this run only: other runs' events never reach it, nor its events them.
  const topics = await createRunTopics(kafkaBrokers);
  // The notifier starts at a topic's end the first time (firstStart from_now): its groups start at
  // the run's first event instead, as they do in production once created, not after what the
  // services started before it published. The others read the run's (new) topics from the start.
  await startGroupsAtTopicEnd(
    kafkaBrokers,
    groupPrefix,
    [notifierApp.service],
    [...new Set(Object.values(EVENT_CATALOGUE).map(({ topic }) => topics.topic(topic)))],
  );
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];
  const subgraphUrls: Record<string, string> = {};
  const baseUrls: Record<string, string> = {};
  const databaseUrls: Record<string, string> = {};

  // Every service's port is known before the first starts: intake, first, asks the others.
  const ports: Record<string, number> = {};
  for (const { app } of SERVICES) {
    let port = await freePort();
    while (Object.values(ports).includes(port)) port = await freePort();
    ports[app.service] = port;
    baseUrls[app.service] = `http://127.0.0.1:${ports[app.service]}/`;
  }
  for (const { app, dataSource, env } of SERVICES) {
    const database = await createTestDatabase(`e2e_${app.service}`);
    databases.push(database);
    databaseUrls[app.service] = database.url;
    await runMigrations(dataSource(database.url));
    const port = ports[app.service]!;
    apps.push(
      await startService(
        app,
        {
          PORT: String(port),
          DATABASE_URL: database.url,
          KAFKA_BROKERS: kafkaBrokers.join(','),
          ...env?.(port, database.url, baseUrls, options),
          INTERNAL_IDENTITY_SECRET: identitySecret,
          OUTBOX_POLL_INTERVAL_MS: '50',
          KAFKA_GROUP_PREFIX: groupPrefix,
          KAFKA_TOPIC_PREFIX: topics.prefix,
          KAFKA_FETCH_MAX_WAIT_MS: '500',
          LOG_LEVEL: 'warn',
        },
        clock,
      ),
    );
    subgraphUrls[app.service] = `http://127.0.0.1:${port}/graphql`;
  }

  const gatewayPort = await freePort();
  const gatewayInternalPort = await freePort();
  const gatewayEnv: Record<string, string> = {
    PORT: String(gatewayPort),
    INTERNAL_PORT: String(gatewayInternalPort),
    LOG_LEVEL: 'warn',
    INTERNAL_IDENTITY_SECRET: identitySecret,
    AUTH_ISSUER: LOCAL_ISSUER,
    AUTH_AUDIENCE: LOCAL_AUDIENCE,
    AUTH_JWKS_FILE: localIssuerPaths(issuerDir).jwks,
    SUPERGRAPH_PATH: join(__dirname, '../../apps/gateway/supergraph.graphql'),
    INTAKE_URL: subgraphUrls['intake']!,
    ASSESSMENT_URL: subgraphUrls['assessment']!,
    PATHWAY_URL: subgraphUrls['pathway']!,
    MATCHING_URL: subgraphUrls['matching']!,
    SCHEDULING_URL: subgraphUrls['scheduling']!,
    IDENTITY_URL: subgraphUrls['identity']!,
    NOTIFIER_URL: subgraphUrls['notifier']!,
    REPORTING_URL: subgraphUrls['reporting']!,
    CAREER_URL: subgraphUrls['career']!,
  };
  apps.push(await startGateway(gatewayEnv));
  const identityIssuer = `${baseUrls['identity']!}oidc`;
  const extraGateways: INestApplication[] = [];

  return {
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    gatewayInternalUrl: `http://127.0.0.1:${gatewayInternalPort}`,
    gatewayEnv,
    subgraphUrls,
    baseUrls,
    databaseUrls,
    identitySecret,
    identityIssuer,
    topics,
    async startIdentityGateway({ port = 0, env: extra = {} } = {}) {
      port ||= await freePort();
      const env: Record<string, string> = {
        ...gatewayEnv,
        ...extra,
        PORT: String(port),
        INTERNAL_PORT: String(await freePort()),
        AUTH_ISSUER: identityIssuer,
        AUTH_AUDIENCE: TEST_AUDIENCE,
        AUTH_JWKS_URI: `${identityIssuer}/jwks`,
      };
      delete env['AUTH_JWKS_FILE'];
      extraGateways.push(await startGateway(env));
      return `http://127.0.0.1:${port}/graphql`;
    },
    token: (claims) => issueLocalToken(issuerDir, claims),
    as: (token) => gatewayAs(`http://127.0.0.1:${gatewayPort}/graphql`, token),
    async signRaw(payload, { expires = true } = {}) {
      const jwk = JSON.parse(readFileSync(localIssuerPaths(issuerDir).privateKey, 'utf8')) as JWK;
      const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: jwk.kid });
      if (payload['iss'] === undefined) jwt.setIssuer(LOCAL_ISSUER);
      if (payload['aud'] === undefined) jwt.setAudience(LOCAL_AUDIENCE);
      if (payload['iat'] === undefined) jwt.setIssuedAt();
      if (expires && payload['exp'] === undefined) jwt.setExpirationTime('5m');
      return jwt.sign(await importJWK(jwk, 'RS256'));
    },
    async stop() {
      // The gateways first, then the services together: each leaves its consumer groups.
      await Promise.all(extraGateways.map((gateway) => gateway.close()));
      const gateway = apps.pop();
      await gateway?.close();
      await Promise.all(apps.map((app) => app.close()));
      for (const database of databases) await database.drop();
      await topics.delete();
    },
  };
}

/**
 * The platform with one sponsor's programme served by `officeId`, and a token of that office's ops
 * (the starting point of the HR import suites).
 */
export async function startPlatformWithProgramme(
  officeId: string,
): Promise<{ platform: RunningPlatform; ops: string; programmeId: string }> {
  const platform = await startPlatform();
  const ops = await platform.token({ sub: 'ops-lyon', role: 'ops', office_ids: [officeId] });
  const { programmeId } = await setUpProgramme(platform.as(ops), {
    sponsorName: 'Acme Industrie',
    name: 'PSE Acme Lyon 2026',
    officeIds: [officeId],
  });
  return { platform, ops, programmeId };
}

// The HTTP client lives in the test kit (libs/shared/testing); these names stay for the specs.
export { bearer, freePort, graphql } from '@passerelle/shared/testing';
export type GraphQLResponse<T> = GraphQLAnswer<T>;
