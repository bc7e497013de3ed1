import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { Pool } from 'pg';
import {
  FORWARDED_IDENTITY_HEADER,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  ensureLocalIssuerKeys,
  issueLocalToken,
  localIssuerPaths,
  signForwardedIdentity,
  type Identity,
} from '@passerelle/shared/auth';
import { runMigrations, startService } from '@passerelle/shared/runtime';
import {
  createTestDatabase,
  enrol,
  freePort,
  gatewayAs,
  setUpProgramme,
  startGroupsAtTopicEnd,
  testInfrastructure,
  waitFor,
  type TestDatabase,
} from '@passerelle/shared/testing';
import { intakeDataSourceOptions } from '@passerelle/intake/data-access';
import { pathwayDataSourceOptions } from '@passerelle/pathway/data-access';
import { startGateway } from '../../apps/gateway/src/gateway.app';
import { intakeApp } from '../../apps/intake/src/intake.app';
import { pathwayApp } from '../../apps/pathway/src/pathway.app';
import { runBenchmark } from './bench-kit';
import { cpuTiers, pin, postgresProcesses, type CpuTiers } from './cpu-tiers';

/**
 * Gateway and subgraph throughput (issue 16, item 8): the same one-row `candidate(id)` query,
 * with a fixed number of requests in flight for a fixed time, against
 *   (a) a bare @apollo/server subgraph: the same schema slice, one `pg` query, nothing else;
 *   (b) intake's subgraph directly, with a forwarded identity signed as the gateway signs it;
 *   (c) the gateway in front of intake, with a real token of the local issuer;
 *   (d) the gateway, the query also asking for the person's pathway (intake, then pathway).
 * Each server runs in a process of its own (this file, forked), on the real PostgreSQL and Kafka;
 * the load comes from this process. Rounds are interleaved so a slow moment falls on every side.
 *
 *   npm run bench:gateway
 *   npm run bench:gateway -- --seconds 5 --rounds 3 --concurrency 16 --profile
 *   npm run bench:gateway -- --tiers
 *
 * `--profile` records each server's CPU profile during the measured rounds (not its start) and
 * prints where each one spent its time. `--tiers` gives the load and the gateway half of the CPUs
 * and the subgraphs and PostgreSQL the other half (cpu-tiers.ts), as separate machines would.
 */

const ONE = `query C($id: ID!) { candidate(id: $id) { id firstName lastName status enrolledAt } }`;
const TWO = `query C($id: ID!) { candidate(id: $id) { id firstName lastName status enrolledAt pathway { id status } } }`;
const OFFICE = randomUUID(); // the office serving the programme

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

// ---------------------------------------------------------------------------------------------
// The servers, each in a child process: `--serve <what>` with its settings in the environment.

/** The bare baseline: the schema slice the query reads, one indexed `SELECT`, no access rules. */
async function serveBare(env: NodeJS.ProcessEnv): Promise<{ port: number; stop(): Promise<void> }> {
  const pool = new Pool({ connectionString: env['DATABASE_URL'], max: 10 });
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    scalar DateTime
    enum CandidateStatus { INVITED ACTIVE PAUSED PLACED EXITED }
    type Candidate @key(fields: "id") {
      id: ID!
      firstName: String!
      lastName: String!
      status: CandidateStatus!
      enrolledAt: DateTime!
    }
    type Query { candidate(id: ID!): Candidate }
  `);
  const server = new ApolloServer({
    schema: buildSubgraphSchema([
      {
        typeDefs,
        resolvers: {
          Query: {
            candidate: async (_: unknown, { id }: { id: string }) => {
              const { rows } = await pool.query<{
                id: string;
                first_name: string;
                last_name: string;
                status: string;
                enrolled_at: Date;
              }>('SELECT id, first_name, last_name, status, enrolled_at FROM candidate WHERE id = $1', [id]);
              const row = rows[0];
              return row
                ? {
                    id: row.id,
                    firstName: row.first_name,
                    lastName: row.last_name,
                    status: row.status.toUpperCase(),
                    enrolledAt: row.enrolled_at.toISOString(),
                  }
                : null;
            },
          },
        },
      },
    ]),
  });
  const port = Number(env['PORT']);
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return {
    port,
    async stop() {
      await server.stop();
      await pool.end();
    },
  };
}

async function serve(what: string): Promise<void> {
  const env = process.env;
  let stop: () => Promise<void>;
  if (what === 'bare') {
    stop = (await serveBare(env)).stop;
  } else {
    const app =
      what === 'gateway'
        ? await startGateway(env)
        : await startService(what === 'intake' ? intakeApp : pathwayApp, env);
    stop = () => app.close();
  }
  // The profile covers the measured load only, not the start (module loading, migrations).
  const profileDir = process.env['BENCH_PROFILE_DIR'];
  const session = profileDir ? new Session() : null;
  const post = (method: string) =>
    new Promise<unknown>((done, fail) =>
      session!.post(method, (error, result) => (error ? fail(error) : done(result))),
    );
  process.on('message', (message) => {
    // The CPU this process has used so far (every thread: user and system), read around each round.
    if (message === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.({ cpuMicros: user + system });
    }
    if (message === 'profile' && session) {
      session.connect();
      void post('Profiler.enable').then(() => post('Profiler.start'));
    }
    if (message !== 'stop') return;
    const written = session
      ? post('Profiler.stop').then((result) => {
          mkdirSync(profileDir!, { recursive: true });
          writeFileSync(
            join(profileDir!, `${what}.cpuprofile`),
            JSON.stringify((result as { profile: unknown }).profile),
          );
        })
      : Promise.resolve();
    written.then(stop).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.send?.('ready');
}

interface Server {
  what: string;
  url: string;
  child: ChildProcess;
}

/** The CPU a server's process has used so far, in microseconds (user and system, every thread). */
function cpuMicrosOf(server: Server): Promise<number> {
  return new Promise((done) => {
    const read = (message: unknown) => {
      const micros = (message as { cpuMicros?: unknown } | null)?.cpuMicros;
      if (typeof micros !== 'number') return;
      server.child.off('message', read);
      done(micros);
    };
    server.child.on('message', read);
    server.child.send('cpu');
  });
}

/** The CPU every server and this process (the load) have used so far, in microseconds. */
async function cpuMicros(servers: readonly Server[]): Promise<Map<string, number>> {
  const used = new Map(
    await Promise.all(servers.map(async (server) => [server.what, await cpuMicrosOf(server)] as const)),
  );
  const { user, system } = process.cpuUsage();
  return used.set('load', user + system);
}

async function spawnServer(
  what: string,
  env: Record<string, string>,
  profileDir: string | null,
): Promise<Server> {
  const port = Number(env['PORT']);
  const execArgv = ['-r', resolve(__dirname, '../../tools/register.js')];
  const child = fork(__filename, ['--serve', what], {
    execArgv,
    env: { ...process.env, ...env, ...(profileDir ? { BENCH_PROFILE_DIR: profileDir } : {}) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((ready, fail) => {
    child.once('message', () => ready());
    child.once('exit', (code) => fail(new Error(`${what} exited with ${code} before it was ready`)));
  });
  return { what, url: `http://127.0.0.1:${port}/graphql`, child };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((done) => server.child.once('exit', () => done()));
  server.child.send('stop');
  await exited;
}

// ---------------------------------------------------------------------------------------------
// The load: `concurrency` requests in flight on kept-alive connections for `seconds`.

interface Load {
  requests: number;
  seconds: number;
  latencies: number[];
}

function post(agent: Agent, url: URL, body: string, headers: Record<string, string>): Promise<string> {
  return new Promise((done, fail) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200) fail(new Error(`HTTP ${response.statusCode}: ${text}`));
          else done(text);
        });
        response.on('error', fail);
      },
    );
    request.on('error', fail);
    request.end(body);
  });
}

async function drive(target: Target, concurrency: number, seconds: number): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(target.url);
  const body = JSON.stringify({ query: target.query, variables: { id: target.candidateId } });
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const headers = await target.headers();
      const sent = performance.now();
      const text = await post(agent, url, body, headers);
      latencies.push(performance.now() - sent);
      if (!target.check(text)) throw new Error(`${target.name}: unexpected answer ${text}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: latencies.length, seconds: elapsed, latencies };
}

interface Target {
  name: string;
  url: string;
  query: string;
  candidateId: string;
  headers: () => Promise<Record<string, string>>;
  check: (answer: string) => boolean;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

// ---------------------------------------------------------------------------------------------
// Where the CPU went: self time of each profile, by package (or our code) and by function.

/**
 * Self time by package (a native call or the garbage collector counted to the package that called
 * it), time with the package on the stack, and the busiest functions, over the busy samples only
 * (neither idle nor the inspector's own work).
 */
function summariseProfiles(dir: string, what: string): void {
  const file = `${what}.cpuprofile`;
  if (!readdirSync(dir).includes(file)) return;
  type Node = {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  };
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stackOf = (id: number): Node[] => {
    const stack: Node[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) stack.push(byId.get(at)!);
    return stack;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const functions = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, delta: number) =>
    map.set(key, (map.get(key) ?? 0) + delta);
  let busy = 0;
  let all = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    all += delta;
    const stack = stackOf(id);
    const leaf = stack[0]!.callFrame;
    if (leaf.functionName === '(idle)' || stack.some((node) => node.callFrame.url === 'node:inspector'))
      return;
    busy += delta;
    const owner = stack.find((node) => node.callFrame.url)?.callFrame;
    const pkg = owner ? packageOf(owner.url) : leaf.functionName || '(native)';
    add(self, pkg, delta);
    add(
      functions,
      `${leaf.functionName || '(anonymous)'} ${leaf.url ? `${packageOf(leaf.url)}:${leaf.lineNumber + 1}` : `in ${pkg}`}`,
      delta,
    );
    for (const name of new Set(
      stack.filter((node) => node.callFrame.url).map((node) => packageOf(node.callFrame.url)),
    ))
      add(inclusive, name, delta);
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, micros]) => `    ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  console.log(
    `\n${what}: busy ${(busy / 1e6).toFixed(1)} s of ${(all / 1e6).toFixed(1)} s sampled (${join(dir, file)})`,
  );
  console.log(`  self time by package (natives to their caller):\n${top(self, 16)}`);
  console.log(`  time with the package on the stack:\n${top(inclusive, 16)}`);
  console.log(`  self time by function:\n${top(functions, 12)}`);
}

function packageOf(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith('node:')) return url;
  const ours = /\/(libs\/[^/]+\/[^/]+|apps\/[^/]+|tests\/[^/]+)\//.exec(url);
  return ours ? ours[1]! : url;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const seconds = option('seconds', 5);
  const rounds = option('rounds', 3);
  const concurrency = option('concurrency', 16);
  const profileDir = process.argv.includes('--profile')
    ? mkdtempSync(join(tmpdir(), 'passerelle-gateway-profile-'))
    : null;
  const { kafkaBrokers, databaseUrlBase } = testInfrastructure();
  const tiers: CpuTiers | null = process.argv.includes('--tiers') ? cpuTiers() : null;
  // PostgreSQL's processes as they were pinned, to give them every CPU again at the end.
  let postgres: number[] = [];
  if (tiers) {
    pin(process.pid, tiers.front);
    postgres = await postgresProcesses(`${databaseUrlBase}/postgres`);
    for (const pid of postgres) pin(pid, tiers.back);
  }
  const secret = randomBytes(32).toString('hex');
  const issuerDir = mkdtempSync(join(tmpdir(), 'passerelle-issuer-'));
  await ensureLocalIssuerKeys(issuerDir);
  const groupPrefix = `bench-gateway-${randomUUID().slice(0, 8)}`;
  await startGroupsAtTopicEnd(kafkaBrokers, groupPrefix, ['intake', 'pathway']);

  const databases: TestDatabase[] = [];
  const servers: Server[] = [];
  try {
    const intakeDb = await createTestDatabase('bench_gateway_intake');
    databases.push(intakeDb);
    const pathwayDb = await createTestDatabase('bench_gateway_pathway');
    databases.push(pathwayDb);
    await runMigrations(intakeDataSourceOptions(intakeDb.url));
    await runMigrations(pathwayDataSourceOptions(pathwayDb.url));

    const ports = { bare: 0, intake: 0, pathway: 0, gateway: 0, internal: 0 };
    for (const key of Object.keys(ports) as (keyof typeof ports)[]) {
      let port = await freePort();
      while (Object.values(ports).includes(port)) port = await freePort();
      ports[key] = port;
    }
    const unused = 'http://127.0.0.1:9/graphql'; // subgraphs this query never reaches
    const service = (port: number, databaseUrl: string): Record<string, string> => ({
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      INTERNAL_IDENTITY_SECRET: secret,
      KAFKA_GROUP_PREFIX: groupPrefix,
      KAFKA_FETCH_MAX_WAIT_MS: '500',
      OUTBOX_POLL_INTERVAL_MS: '50',
      LOG_LEVEL: 'warn',
    });
    const intakeUrl = `http://127.0.0.1:${ports.intake}/`;
    servers.push(
      await spawnServer(
        'intake',
        {
          ...service(ports.intake, intakeDb.url),
          ASSESSMENT_INTERNAL_URL: 'http://127.0.0.1:9/',
          PATHWAY_INTERNAL_URL: `http://127.0.0.1:${ports.pathway}/`,
          MATCHING_INTERNAL_URL: 'http://127.0.0.1:9/',
          SCHEDULING_INTERNAL_URL: 'http://127.0.0.1:9/',
          NOTIFIER_INTERNAL_URL: 'http://127.0.0.1:9/',
          IDENTITY_INTERNAL_URL: 'http://127.0.0.1:9/',
          CAREER_INTERNAL_URL: 'http://127.0.0.1:9/',
        },
        profileDir,
      ),
    );
    servers.push(await spawnServer('pathway', service(ports.pathway, pathwayDb.url), profileDir));
    servers.push(
      await spawnServer(
        'gateway',
        {
          PORT: String(ports.gateway),
          INTERNAL_PORT: String(ports.internal),
          LOG_LEVEL: 'warn',
          INTERNAL_IDENTITY_SECRET: secret,
          AUTH_ISSUER: LOCAL_ISSUER,
          AUTH_AUDIENCE: LOCAL_AUDIENCE,
          AUTH_JWKS_FILE: localIssuerPaths(issuerDir).jwks,
          SUPERGRAPH_PATH: resolve(__dirname, '../../apps/gateway/supergraph.graphql'),
          INTAKE_URL: `${intakeUrl}graphql`,
          ASSESSMENT_URL: unused,
          PATHWAY_URL: `http://127.0.0.1:${ports.pathway}/graphql`,
          MATCHING_URL: unused,
          SCHEDULING_URL: unused,
          IDENTITY_URL: unused,
          NOTIFIER_URL: unused,
          REPORTING_URL: unused,
          CAREER_URL: unused,
        },
        profileDir,
      ),
    );
    servers.push(
      await spawnServer('bare', { PORT: String(ports.bare), DATABASE_URL: intakeDb.url }, profileDir),
    );
    if (tiers)
      for (const server of servers)
        pin(server.child.pid!, server.what === 'gateway' ? tiers.front : tiers.back);
    const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;

    // One person, enrolled as ops would, with the pathway the service drafts for them.
    const token = await issueLocalToken(issuerDir, { sub: 'bench-ops', role: 'ops', office_ids: [OFFICE] });
    const ops = gatewayAs(gatewayUrl, token);
    const { programmeId } = await setUpProgramme(ops, {
      sponsorName: 'Acme Industrie',
      name: 'PSE Acme Lyon 2026',
      officeIds: [OFFICE],
    });
    const candidateId = await enrol(ops, { programmeId, firstName: 'Élodie', lastName: 'Martin' });
    await waitFor(
      async () =>
        (await ops.ok<{ candidate: { pathway: { id: string } | null } }>(TWO, { id: candidateId })).candidate
          .pathway,
      { timeoutMs: 60_000, what: 'the pathway drafted on enrolment' },
    );

    const identity: Identity = { subject: 'bench-ops', role: 'ops', officeIds: [OFFICE], allOffices: false };
    // The gateway signs a forwarded identity per request; the bench, once every 20 s (it lives 60 s).
    let forwarded = { header: '', at: 0 };
    const forwardedHeaders = async (): Promise<Record<string, string>> => {
      if (Date.now() - forwarded.at > 20_000)
        forwarded = { header: await signForwardedIdentity(identity, secret), at: Date.now() };
      return { [FORWARDED_IDENTITY_HEADER]: forwarded.header };
    };
    const bearerHeaders = async () => ({ authorization: `Bearer ${token}` });
    const one = (text: string) => text.includes(`"id":"${candidateId}"`) && !text.includes('"errors"');
    const two = (text: string) => one(text) && text.includes('"pathway":{"id":"');
    const targets: Target[] = [
      {
        name: '(a) bare @apollo/server + pg',
        url: `http://127.0.0.1:${ports.bare}/`,
        query: ONE,
        candidateId,
        headers: forwardedHeaders,
        check: one,
      },
      {
        name: '(b) intake subgraph',
        url: `${intakeUrl}graphql`,
        query: ONE,
        candidateId,
        headers: forwardedHeaders,
        check: one,
      },
      {
        name: '(c) gateway -> intake',
        url: gatewayUrl,
        query: ONE,
        candidateId,
        headers: bearerHeaders,
        check: one,
      },
      {
        name: '(d) gateway -> intake + pathway',
        url: gatewayUrl,
        query: TWO,
        candidateId,
        headers: bearerHeaders,
        check: two,
      },
    ];

    // Warm-up (JIT, pools, query plans), then interleaved rounds.
    for (const target of targets) await drive(target, concurrency, 1);
    if (profileDir) for (const server of servers) server.child.send('profile');
    const loads = new Map<string, Load[]>(targets.map((target) => [target.name, []]));
    // CPU microseconds each process used during each side's rounds, by process.
    const cpu = new Map<string, Map<string, number>>(targets.map((target) => [target.name, new Map()]));
    const load = [loadavg()[0]!];
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        const before = await cpuMicros(servers);
        loads.get(target.name)!.push(await drive(target, concurrency, seconds));
        const after = await cpuMicros(servers);
        const used = cpu.get(target.name)!;
        for (const [what, micros] of after)
          used.set(what, (used.get(what) ?? 0) + micros - before.get(what)!);
      }
      load.push(loadavg()[0]!);
    }

    const figures = targets.map((target) => {
      const runs = loads.get(target.name)!;
      const requests = runs.reduce((sum, run) => sum + run.requests, 0);
      const elapsed = runs.reduce((sum, run) => sum + run.seconds, 0);
      const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
      return {
        name: target.name,
        requests,
        perSecond: requests / elapsed,
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
      };
    });
    const [bare, intake, gateway, both] = figures as [
      (typeof figures)[0],
      (typeof figures)[0],
      (typeof figures)[0],
      (typeof figures)[0],
    ];
    console.log(
      `gateway bench: one-row candidate(id), ${concurrency} requests in flight, ${rounds} interleaved rounds of ${seconds} s per side; ` +
        `load average ${load.map((value) => value.toFixed(1)).join(' -> ')} (${process.version})`,
    );
    if (tiers)
      console.log(
        `tiers: the load and the gateway on CPUs ${tiers.front}; intake, pathway, the bare server and PostgreSQL on CPUs ${tiers.back}`,
      );
    console.log(`${'side'.padEnd(34)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`);
    for (const figure of figures)
      console.log(
        `${figure.name.padEnd(34)}${figure.perSecond.toFixed(0).padStart(9)}${figure.p50.toFixed(1).padStart(9)}${figure.p95.toFixed(1).padStart(9)}`,
      );
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
    console.log(
      `intake subgraph / bare server:        ${ratio(intake.perSecond, bare.perSecond)} (target >= 0.5x)`,
    );
    console.log(
      `gateway / intake subgraph:            ${ratio(gateway.perSecond, intake.perSecond)} (target >= 0.6x)`,
    );
    console.log(`gateway, two subgraphs / one:         ${ratio(both.perSecond, gateway.perSecond)}`);
    // CPU per request of each process for each side, from the processes' own CPU clocks: robust to
    // the machine's other work, which changes the req/s of a side far more than its CPU per request.
    // A process a side does not call shows what it spends anyway (Kafka polls, outbox relay, timers).
    const processes = ['bare', 'intake', 'pathway', 'gateway', 'load'];
    console.log(`\nCPU ms per request (user + system, every thread; "load": this process's requests)`);
    console.log(`${'side'.padEnd(34)}${processes.map((what) => what.padStart(9)).join('')}`);
    for (const figure of figures) {
      const used = cpu.get(figure.name)!;
      console.log(
        `${figure.name.padEnd(34)}${processes
          .map((what) => ((used.get(what) ?? 0) / 1000 / figure.requests).toFixed(3).padStart(9))
          .join('')}`,
      );
    }
    const perRequest = (side: string, what: string) =>
      (cpu.get(side)!.get(what) ?? 0) / 1000 / figures.find((figure) => figure.name === side)!.requests;
    console.log(
      `gateway's CPU per request in (c) / intake's in (b): ${ratio(perRequest(gateway.name, 'gateway'), perRequest(intake.name, 'intake'))}`,
    );
  } finally {
    for (const server of servers.reverse()) await stopServer(server);
    for (const database of databases) await database.drop();
    if (tiers)
      for (const pid of [...postgres, ...(await postgresProcesses(`${databaseUrlBase}/postgres`))])
        pin(pid, tiers.all);
  }
  if (profileDir) {
    for (const what of ['bare', 'intake', 'pathway', 'gateway']) summariseProfiles(profileDir, what);
    console.log(`\nprofiles in ${profileDir} (open them in Chrome's DevTools, Performance tab)`);
  }
}

const serving = process.argv.indexOf('--serve');
const summarising = process.argv.indexOf('--summarise');
if (summarising > 0) {
  // Reads the profiles of an earlier run again: npm run bench:gateway -- --summarise <dir>
  for (const what of ['bare', 'intake', 'pathway', 'gateway'])
    summariseProfiles(process.argv[summarising + 1]!, what);
} else if (serving > 0) {
  serve(process.argv[serving + 1]!).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  runBenchmark(main);
}
