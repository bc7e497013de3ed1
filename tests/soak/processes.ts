// One service (or the gateway) as a child process of its own: started with its environment, its
// output in a log file, killed with a signal, started again, and its CPU time read from
// /proc/<pid>/stat (summed over every process it has been, so a restart keeps counting).
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = join(__dirname, '../..');
/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a live process in milliseconds, from the text of /proc/<pid>/stat. */
export function cpuMsOfStat(stat: string): number {
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Every live child: killed if the run itself exits without stopping them (an error, an exit()). */
const LIVE = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of LIVE) child.kill('SIGKILL');
});

export class AppProcess {
  private child: ChildProcess | null = null;
  /** CPU of the processes this app has been before the current one. */
  private cpuBefore = 0;
  private lastCpu = 0;
  restarts = 0;

  constructor(
    readonly name: string,
    readonly port: number,
    readonly env: Record<string, string>,
    private readonly logDir: string,
    /** The script to run: apps/<app>/src/main.ts. */
    private readonly entry = `apps/${name}/src/main.ts`,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    const log = createWriteStream(join(this.logDir, `${this.name}.log`), { flags: 'a' });
    const child = spawn(
      process.execPath,
      ['--disable-warning=TimeoutNegativeWarning', '-r', './tools/register.js', this.entry],
      { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    LIVE.add(child);
    child.once('exit', () => LIVE.delete(child));
    this.lastCpu = 0;
  }

  async waitHealthy(timeoutMs = 300_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
        throw new Error(
          `${this.name} exited (${this.child.exitCode}) while starting: see ${this.logDir}/${this.name}.log`,
        );
      }
      try {
        const response = await fetch(`http://127.0.0.1:${this.port}/health`, {
          signal: AbortSignal.timeout(3000),
        });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${this.name} not healthy after ${timeoutMs / 1000} s`);
      await sleep(300);
    }
  }

  /** CPU milliseconds used so far by every process this app has been. */
  cpuMs(): number {
    const pid = this.child?.pid;
    if (pid !== undefined && this.child?.exitCode === null) {
      try {
        this.lastCpu = cpuMsOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        // exited between the check and the read: its last reading stands
      }
    }
    return this.cpuBefore + this.lastCpu;
  }

  /** Sends `signal` and waits for the process to be gone (SIGKILL after 20 s of SIGTERM). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.cpuMs();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timedOut = await Promise.race([exited.then(() => false), sleep(20_000).then(() => true)]);
    if (timedOut) {
      child.kill('SIGKILL');
      await exited;
    }
    this.cpuBefore += this.lastCpu;
    this.lastCpu = 0;
    this.child = null;
  }

  /** SIGKILL (no shutdown at all), then the same app started again and healthy. */
  async killAndRestart(downMs = 0): Promise<void> {
    await this.stop('SIGKILL');
    if (downMs > 0) await sleep(downMs);
    this.restarts++;
    this.start();
    await this.waitHealthy();
  }
}
