import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Client } from 'pg';

/**
 * `bench:gateway -- --tiers`: the front tier (the load and the gateway) on the first half of the
 * CPUs, the back tier (the subgraphs and PostgreSQL) on the other half, as a gateway and its
 * subgraphs run on separate machines in production. Without it every process shares every CPU, so
 * a request through the gateway costs the gateway's CPU plus the subgraph's out of the same cores,
 * and the ratio measures their sum rather than whether the gateway keeps up with its subgraph.
 * Linux only (`taskset`, `/proc`); PostgreSQL must run on this machine as this user.
 */
export interface CpuTiers {
  front: string;
  back: string;
  all: string;
}

export function cpuTiers(): CpuTiers {
  const cpus = availableParallelism();
  if (cpus < 2) throw new Error(`--tiers needs two CPUs at least; this machine has ${cpus}`);
  const half = Math.floor(cpus / 2);
  const list = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);
  return { front: list(0, half - 1), back: list(half, cpus - 1), all: list(0, cpus - 1) };
}

/** Pins a process and every thread of it to `cpus` (a `taskset` CPU list such as `0` or `2-3`). */
export function pin(pid: number, cpus: string): void {
  try {
    execFileSync('taskset', ['--all-tasks', '--pid', '--cpu-list', cpus, String(pid)], { stdio: 'pipe' });
  } catch (error) {
    // A process that ended between being listed and being pinned (a PostgreSQL backend) is no matter.
    if (!existsProcess(pid)) return;
    throw new Error(`taskset could not pin process ${pid} to CPUs ${cpus}: ${(error as Error).message}`);
  }
}

/**
 * PostgreSQL's server process and its children (backends, background workers), found as the parent of
 * a backend: new backends fork from it, so they are on its CPUs from then on.
 */
export async function postgresProcesses(databaseUrl: string): Promise<number[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let server: number;
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const backend = rows[0]!.pid;
    // Read while the backend lives: it ends with the connection.
    if (!existsProcess(backend))
      throw new Error(`--tiers: PostgreSQL's backend ${backend} is not a process of this machine`);
    server = parentOf(backend);
  } finally {
    await client.end();
  }
  return [server, ...childrenOf(server)];
}

function existsProcess(pid: number): boolean {
  try {
    readFileSync(`/proc/${pid}/status`);
    return true;
  } catch {
    return false;
  }
}

function parentOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^PPid:\s+(\d+)/m.exec(status)![1]);
}

function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (parentOf(Number(entry)) === parent) children.push(Number(entry));
    } catch {
      // gone while reading
    }
  }
  return children;
}
