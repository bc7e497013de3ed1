// The run's platform: a fresh database per service (unique names, dropped at the end unless
// --keep), migrations, matching's occupations, then every service and the gateway as processes of
// their own on free ports, consumer groups under a prefix of the run's own, started at the end of
// every topic. Tokens come from a local issuer of the run's own.
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { DataSourceOptions } from 'typeorm';
import {
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  ensureLocalIssuerKeys,
  issueLocalToken,
  localIssuerPaths,
  type IdentityClaims,
} from '@passerelle/shared/auth';
import { runMigrations } from '@passerelle/shared/runtime';
import {
  GraphQLClient,
  createTestDatabase,
  freePort,
  startGroupsAtTopicEnd,
  type AnyData,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { assessmentDataSourceOptions } from '@passerelle/assessment/data-access';
import { careerDataSourceOptions } from '@passerelle/career/data-access';
import { identityDataSourceOptions } from '@passerelle/identity/data-access';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { notifierDataSourceOptions } from '@passerelle/notifier/data-access';
import { pathwayDataSourceOptions } from '@passerelle/pathway/data-access';
import { reportingDataSourceOptions } from '@passerelle/reporting/data-access';
import { schedulingDataSourceOptions } from '@passerelle/scheduling/data-access';
import { AppProcess } from './processes';
import { startSubgraphProxy, type SubgraphProxy } from './subgraph-proxy';
import type { RunKafka } from './kafka';

const ROOT = join(__dirname, '../..');
const run = promisify(execFile);

export const SERVICES = [
  'intake',
  'assessment',
  'pathway',
  'matching',
  'scheduling',
  'identity',
  'notifier',
  'reporting',
  'career',
] as const;
export type Service = (typeof SERVICES)[number];

export const DATA_SOURCES: Record<Service, (url: string) => DataSourceOptions> = {
  intake: intakeDataSourceOptions,
  assessment: assessmentDataSourceOptions,
  pathway: pathwayDataSourceOptions,
  matching: matchingDataSourceOptions,
  scheduling: schedulingDataSourceOptions,
  identity: identityDataSourceOptions,
  notifier: notifierDataSourceOptions,
  reporting: reportingDataSourceOptions,
  career: careerDataSourceOptions,
};
/** The demo's ports and the gateway's internal one: never used by a run (the demo may be up). */
const RESERVED = new Set([4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 9400]);

export interface SoakPlatform {
  runId: string;
  logDir: string;
  groupPrefix: string;
  gatewayUrl: string;
  databaseUrls: Record<Service, string>;
  apps: Record<Service, AppProcess>;
  gateway: AppProcess;
  /** What the gateway sent each subgraph (it calls them through counting proxies of the run). */
  subgraphProxies: Record<Service, SubgraphProxy>;
  token(claims: IdentityClaims): Promise<string>;
  /** Another process of `service` (same database, same consumer groups) on a port of its own. */
  secondInstance(service: Service): Promise<AppProcess>;
  stop(keep: boolean): Promise<void>;
}

export interface PlatformOptions {
  kafka: RunKafka;
  smtpUrl: string;
  say: (line: string) => void;
}

async function portOutsideTheDemo(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!RESERVED.has(port) && !taken.has(port)) {
      taken.add(port);
      return port;
    }
  }
}

export async function startSoakPlatform({ kafka, smtpUrl, say }: PlatformOptions): Promise<SoakPlatform> {
  const runId = randomUUID().slice(0, 8);
  const logDir = mkdtempSync(join(tmpdir(), `passerelle-soak-${runId}-`));
  const issuerDir = join(logDir, 'issuer');
  mkdirSync(issuerDir);
  await ensureLocalIssuerKeys(issuerDir);
  const groupPrefix = `soak-${runId}`;
  const secret = randomBytes(32).toString('hex');
  // On the shared broker, the run reads only what is published from now on; a cluster of the run's
  // own is fresh (and its new partitions may still be electing leaders).
  if (!kafka.cluster) await startGroupsAtTopicEnd(kafka.brokers, groupPrefix, SERVICES);

  const taken = new Set<number>();
  const ports = {} as Record<Service, number>;
  for (const service of SERVICES) ports[service] = await portOutsideTheDemo(taken);
  const base = (service: Service) => `http://127.0.0.1:${ports[service]}/`;

  const databases: TestDatabase[] = [];
  const databaseUrls = {} as Record<Service, string>;
  await Promise.all(
    SERVICES.map(async (service) => {
      const database = await createTestDatabase(`soak_${runId}_${service}`);
      databases.push(database);
      databaseUrls[service] = database.url;
      await runMigrations(DATA_SOURCES[service](database.url));
    }),
  );
  say(`databases: ${databases.length} created and migrated (test_soak_${runId}_*)`);
  // Matching's occupations (the project's sample of ROME 4.0), so recommendations exist.
  await run(
    process.execPath,
    [
      '-r',
      './tools/register.js',
      'tools/matching/import-reference.ts',
      '--from',
      'tests/fixtures/matching/reference',
      '--database-url',
      databaseUrls.matching,
    ],
    { cwd: ROOT },
  );
  say('reference data: matching (tests/fixtures/matching/reference)');

  const common = (service: Service): Record<string, string> => ({
    PORT: String(ports[service]),
    DATABASE_URL: databaseUrls[service],
    KAFKA_BROKERS: kafka.brokers.join(','),
    INTERNAL_IDENTITY_SECRET: secret,
    KAFKA_GROUP_PREFIX: groupPrefix,
    LOG_LEVEL: 'warn',
    // What production sets on the cluster (decision 0041): a service refuses weaker topics.
    ...(kafka.cluster ? { KAFKA_MIN_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2' } : {}),
  });
  const extra: Partial<Record<Service, Record<string, string>>> = {
    intake: {
      ASSESSMENT_INTERNAL_URL: base('assessment'),
      PATHWAY_INTERNAL_URL: base('pathway'),
      MATCHING_INTERNAL_URL: base('matching'),
      SCHEDULING_INTERNAL_URL: base('scheduling'),
      NOTIFIER_INTERNAL_URL: base('notifier'),
      IDENTITY_INTERNAL_URL: base('identity'),
      CAREER_INTERNAL_URL: base('career'),
    },
    identity: {
      IDENTITY_ISSUER: `${base('identity')}oidc`,
      IDENTITY_AUDIENCE: 'urn:passerelle:api',
      IDENTITY_CONSOLE_REDIRECT_URIS: 'http://127.0.0.1:5173/auth/callback',
      IDENTITY_CONSOLE_LOGOUT_URIS: 'http://127.0.0.1:5173/',
      IDENTITY_COOKIE_KEYS: randomBytes(32).toString('hex'),
      IDENTITY_FACTOR_KEY: randomBytes(32).toString('hex'),
      INTAKE_INTERNAL_URL: base('intake'),
      SCHEDULING_INTERNAL_URL: base('scheduling'),
    },
    notifier: {
      SMTP_URL: smtpUrl,
      IDENTITY_INTERNAL_URL: base('identity').slice(0, -1),
      INTAKE_INTERNAL_URL: base('intake'),
      SMS_PROVIDER: 'sink',
      CONSOLE_URL: 'http://127.0.0.1:5173',
    },
  };
  const envOf = (service: Service) => ({ ...common(service), ...extra[service] });
  const apps = {} as Record<Service, AppProcess>;
  for (const service of SERVICES) {
    apps[service] = new AppProcess(service, ports[service], envOf(service), logDir);
    apps[service].start();
  }
  // A start that fails (a service not healthy in time on a loaded machine) leaves nothing behind.
  const abandon = async (error: unknown): Promise<never> => {
    await Promise.all(Object.values(apps).map((app) => app.stop('SIGKILL')));
    await Promise.all(databases.map((database) => database.drop()));
    throw error;
  };
  await Promise.all(SERVICES.map((service) => apps[service].waitHealthy())).catch(abandon);
  say(`services: ${SERVICES.length} processes healthy (logs in ${logDir})`);

  const gatewayPort = await portOutsideTheDemo(taken);
  const subgraphProxies = {} as Record<Service, SubgraphProxy>;
  for (const service of SERVICES)
    subgraphProxies[service] = await startSubgraphProxy(`${base(service)}graphql`);
  const url = (service: Service) => subgraphProxies[service].url;
  const gateway = new AppProcess(
    'gateway',
    gatewayPort,
    {
      PORT: String(gatewayPort),
      INTERNAL_PORT: String(await portOutsideTheDemo(taken)),
      LOG_LEVEL: 'warn',
      INTERNAL_IDENTITY_SECRET: secret,
      AUTH_ISSUER: LOCAL_ISSUER,
      AUTH_AUDIENCE: LOCAL_AUDIENCE,
      AUTH_JWKS_FILE: localIssuerPaths(issuerDir).jwks,
      SUPERGRAPH_PATH: join(ROOT, 'apps/gateway/supergraph.graphql'),
      INTAKE_URL: url('intake'),
      ASSESSMENT_URL: url('assessment'),
      PATHWAY_URL: url('pathway'),
      MATCHING_URL: url('matching'),
      SCHEDULING_URL: url('scheduling'),
      IDENTITY_URL: url('identity'),
      NOTIFIER_URL: url('notifier'),
      REPORTING_URL: url('reporting'),
      CAREER_URL: url('career'),
    },
    logDir,
  );
  gateway.start();
  await gateway.waitHealthy().catch(async (error: unknown) => {
    await gateway.stop('SIGKILL');
    return abandon(error);
  });
  say(`gateway: healthy on 127.0.0.1:${gatewayPort}`);

  const extraInstances: AppProcess[] = [];
  return {
    runId,
    logDir,
    groupPrefix,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    databaseUrls,
    apps,
    gateway,
    subgraphProxies,
    token: (claims) => issueLocalToken(issuerDir, claims),
    async secondInstance(service) {
      const port = await portOutsideTheDemo(taken);
      const second = new AppProcess(
        `${service}-2`,
        port,
        { ...envOf(service), PORT: String(port) },
        logDir,
        `apps/${service}/src/main.ts`,
      );
      extraInstances.push(second);
      second.start();
      await second.waitHealthy();
      return second;
    },
    async stop(keep) {
      await gateway.stop();
      await Promise.all(Object.values(subgraphProxies).map((proxy) => proxy.close()));
      await Promise.all([...extraInstances, ...Object.values(apps)].map((app) => app.stop()));
      if (!keep) await Promise.all(databases.map((database) => database.drop()));
    },
  };
}

/** Waits until every service of the run and its gateway answer /health (a killed one restarted). */
export async function everyServiceAnswers(platform: SoakPlatform, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const answers = async (port: number) =>
    fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(3000) })
      .then((response) => response.ok)
      .catch(() => false);
  for (;;) {
    const ports = [...Object.values(platform.apps), platform.gateway].map((app) => app.port);
    if ((await Promise.all(ports.map(answers))).every(Boolean)) return;
    if (Date.now() > deadline) throw new Error(`a service still not answering after ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}

/**
 * The gateway as ops call it during a fault: an answer the gateway could not get from a service
 * (another fault killed it: `INTERNAL_SERVER_ERROR`, or no answer at all) is asked again once every
 * service answers, twice at most, as a person would.
 */
export function patientClient(client: GraphQLClient, platform: SoakPlatform): GraphQLClient {
  const patient = new GraphQLClient(client.url, async () => ({}));
  patient.request = async <T = AnyData>(query: string, variables: Record<string, unknown> = {}) => {
    for (let attempt = 1; ; attempt++) {
      const answer = await client.request<T>(query, variables).catch(() => null);
      const down = !answer || answer.body.errors?.[0]?.extensions?.code === 'INTERNAL_SERVER_ERROR';
      if ((!down && answer) || attempt === 3) {
        if (answer) return answer;
        return client.request<T>(query, variables);
      }
      await everyServiceAnswers(platform);
    }
  };
  return patient;
}
