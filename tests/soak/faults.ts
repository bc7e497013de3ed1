// The faults a run can inject while the people flow, each triggered once by the run's progress and
// reporting what it did. Whether the platform survived is the run's invariants, checked at the end.
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { GraphQLClient } from '@passerelle/shared/testing';
import type { Fault, SoakOptions } from './args';
import { compareIds, describeComparison, exactlyOnce } from './compare';
import { soakFile } from './hr-file';
import { batchState, setUpTheProgramme, uploadFile } from './journey';
import { PROJECTIONS, SCOPED, idsOf, scopeIds, type Databases } from './projections';
import type { RunKafka } from './kafka';
import type { SoakPlatform } from './platform';
import { loadFaultSteps } from './faults-load';
import type { SmtpSink } from './smtp-sink';
import { dataFaultSteps } from './faults-data';

export interface Progress {
  elapsedMs: number;
  valid: number;
  intakeEnrolled: number;
  intakeOutbox: number;
  counts: Record<string, number>;
}

export interface FaultStep {
  fault: Fault;
  /** When it fires: a fraction of the people some stage has reached. */
  when: (progress: Progress) => boolean;
  describeTrigger: string;
  run: (progress: Progress) => Promise<string>;
  /**
   * It uses the platform as a client would (the gateway, a service's metrics): it starts once every
   * service answers again, as a person retrying would, when another fault has just killed one.
   */
  asClient?: boolean;
  /** Checked once the run has settled (a throw fails the fault), its line added to the fault's. */
  verify?: () => Promise<string>;
}

export interface FaultContext {
  platform: SoakPlatform;
  kafka: RunKafka;
  databaseBase: string;
  say: (line: string) => void;
  /** For the second sponsor (tenant-isolation): ops through the gateway, the run's databases. */
  ops: GraphQLClient;
  opsToken: string;
  options: SoakOptions;
  databases: Databases;
  /** The first sponsor's programme (the run's). */
  programmeId: string;
  /** The run's SMTP sink (erasure: no mail to an erased person after their erasure). */
  smtp: SmtpSink;
}

const share = (progress: Progress, name: string) => (progress.counts[name] ?? 0) / progress.valid;

/**
 * Ends every connection of the services to the run's databases, not the run's own (`soak-...`: its
 * checks, the slow handler's lock): PostgreSQL is shared, so no restart.
 */
async function dropConnections({ platform, databaseBase }: FaultContext): Promise<number> {
  const admin = new Client({ connectionString: `${databaseBase}/postgres` });
  await admin.connect();
  try {
    const names = Object.values(platform.databaseUrls).map((url) => new URL(url).pathname.slice(1));
    const { rows } = await admin.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE datname = ANY($1::text[]) AND pid <> pg_backend_pid() AND application_name NOT LIKE 'soak-%'`,
      [names],
    );
    return rows.filter((row) => row.ended).length;
  } finally {
    await admin.end();
  }
}

export function faultSteps(faults: readonly Fault[], context: FaultContext): FaultStep[] {
  const { platform, kafka, say } = context;
  const steps: FaultStep[] = [];
  if (faults.includes('relay-kill')) {
    steps.push({
      fault: 'relay-kill',
      describeTrigger: "intake's outbox holds 300 rows or more (its relay publishing)",
      when: (p) => p.intakeOutbox >= 300,
      run: async (p) => {
        const t0 = performance.now();
        await platform.apps.intake.killAndRestart();
        return `intake SIGKILLed with ${p.intakeOutbox} rows in its outbox, ${p.intakeEnrolled} enrolled; healthy again in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
      },
    });
  }
  if (faults.includes('postgres-restart')) {
    steps.push({
      fault: 'postgres-restart',
      describeTrigger: 'import at 20 %, then pathway at 65 %',
      when: (p) => p.intakeEnrolled >= p.valid * 0.2,
      run: async (p) => {
        const during = await dropConnections(context);
        say(
          `[fault] postgres-restart: ${during} connections ended during the import (${p.intakeEnrolled} enrolled)`,
        );
        const deadline = Date.now() + 600_000;
        let latest = p;
        while (share(latest, 'pathway plans') < 0.65 && Date.now() < deadline) {
          await sleep(250);
          latest = currentProgress();
        }
        const consuming = await dropConnections(context);
        return `${during} connections ended during the import (${p.intakeEnrolled} enrolled), ${consuming} during consumption (pathway ${latest.counts['pathway plans']})`;
      },
    });
  }
  if (faults.includes('broker-kill')) {
    steps.push({
      fault: 'broker-kill',
      describeTrigger: 'pathway at 25 %',
      when: (p) => share(p, 'pathway plans') >= 0.25,
      run: async (p) => {
        kafka.killNode(2);
        await sleep(10_000);
        const t0 = performance.now();
        kafka.startNode(2);
        return `broker 2 killed (kill -9) with pathway at ${p.counts['pathway plans']}, restarted 10 s later (ready in ${((performance.now() - t0) / 1000).toFixed(1)} s)`;
      },
    });
  }
  if (faults.includes('consumer-kill')) {
    steps.push({
      fault: 'consumer-kill',
      describeTrigger: 'pathway at 45 %',
      when: (p) => share(p, 'pathway plans') >= 0.45,
      run: async (p) => {
        const t0 = performance.now();
        await platform.apps.pathway.killAndRestart();
        return `pathway SIGKILLed mid-batch at ${p.counts['pathway plans']} plans; healthy again in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
      },
    });
  }
  if (faults.includes('rebalance')) {
    steps.push({
      fault: 'rebalance',
      describeTrigger: 'matching at 30 %',
      when: (p) => share(p, 'matching profiles') >= 0.3,
      run: async (p) => {
        const second = await platform.secondInstance('matching');
        const joinedAt = currentProgress().counts['matching profiles'];
        await sleep(15_000);
        const leftAt = currentProgress().counts['matching profiles'];
        await second.stop('SIGTERM');
        return `a second matching joined its groups at ${joinedAt} profiles (trigger ${p.counts['matching profiles']}) and left 15 s later at ${leftAt} (CPU ${Math.round(second.cpuMs())} ms)`;
      },
    });
  }
  if (faults.includes('tenant-isolation')) {
    steps.push({
      fault: 'tenant-isolation',
      describeTrigger: "the first sponsor's import under way",
      when: (p) => p.intakeEnrolled > 0,
      asClient: true,
      run: () => secondSponsor(context),
    });
  }
  steps.push(...loadFaultSteps(faults, context));
  steps.push(...dataFaultSteps(faults, context));
  return steps;
}

/**
 * A second sponsor's programme imported while the first one's people flow, from a file of another
 * seed: the same employee numbers as the first file's first people (S000001...), other names and
 * another company's emails, under another sponsor and office. Each service is to hold each of them once under the second programme, and
 * no row of one sponsor's people under the other's (throws, failing the fault, otherwise).
 */
async function secondSponsor(context: FaultContext): Promise<string> {
  const { ops, opsToken, options, databases, platform, say } = context;
  const people = Math.max(50, Math.round(options.people / 10));
  const programme = await setUpTheProgramme(ops, 2, people + 10, {
    sponsorName: 'Bâtiment Sud',
    name: 'Congé de reclassement Bâtiment Sud (soak)',
  });
  const generated = soakFile({ ...options, seed: options.seed + 1, people, duplicates: 0, broken: 0 });
  // Another company's addresses: two generated people of the same name and number would otherwise
  // share an email, and identity keeps one account per email (a finding of its own, not this one's).
  const file = {
    ...generated,
    bytes: Buffer.from(
      generated.bytes.toString('latin1').replaceAll('@acme-industrie.example', '@batiment-sud.example'),
      'latin1',
    ),
  };
  const batchId = await uploadFile(platform.gatewayUrl, opsToken, programme.programmeId, file.bytes);
  say(`[fault] tenant-isolation: a second sponsor's ${people} people uploaded (import ${batchId})`);
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  let second: string[] = [];
  const lines: string[] = [];
  for (;;) {
    const batch = await batchState(ops, batchId).catch(() => null);
    second = await idsOf(databases, PROJECTIONS[0]!, programme.programmeId, []).catch(() => []);
    lines.length = 0;
    let complete = batch?.status === 'COMPLETED' && second.length === people;
    const first = new Set(await idsOf(databases, PROJECTIONS[0]!, context.programmeId, []));
    for (const projection of PROJECTIONS) {
      if (projection.service === 'reporting') continue; // pseudonymous keys: compared by count below
      const ids = await idsOf(databases, projection, programme.programmeId, second).catch(() => []);
      const comparison = compareIds(second, ids);
      const crossed = ids.filter((id) => first.has(id)).length;
      if (crossed > 0)
        throw new Error(`${projection.name}: ${crossed} of the first sponsor's people under the second`);
      if (!exactlyOnce(comparison)) complete = false;
      lines.push(`${projection.name.split(' ')[0]} ${describeComparison(comparison)}`);
    }
    for (const service of SCOPED) {
      const ids = await scopeIds(databases, service, second).catch(() => []);
      if (ids !== null && !exactlyOnce(compareIds(second, ids))) complete = false;
    }
    const reporting = PROJECTIONS.find((projection) => projection.service === 'reporting')!;
    const reported = await idsOf(databases, reporting, programme.programmeId, []).catch(() => []);
    if (reported.length !== people) complete = false;
    if (complete) break;
    if (Date.now() > deadline)
      throw new Error(`the second sponsor's people not all there in time: ${lines.join('; ')}`);
    await sleep(1000);
  }
  return `a second sponsor's ${people} people (the same employee numbers as the first file's) each once in every service under their own programme, none of either sponsor under the other's`;
}

/** The run's latest progress, kept by the run's loop (faults that wait for a later stage read it). */
let latest: Progress | null = null;
export const recordProgress = (progress: Progress) => (latest = progress);
export const currentProgress = (): Progress => latest!;
