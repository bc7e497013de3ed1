// What every benchmark shares: running one, the machine's load, a table of figures. What the benchmarks
// of a service's events share (a bench topic, counted statements, reading to the end) is in
// event-bench-kit.ts.
import { loadavg } from 'node:os';

/**
 * Runs a benchmark's `main`: its figures go to stdout; a failure prints the error and exits 1, so a
 * script that runs benchmarks notices. Exits 0 at the end either way (a Kafka or database client left
 * open must not keep the process alive).
 */
export function runBenchmark(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/** The machine's load average over 1, 5 and 15 minutes, as `uptime` prints it. */
export function loadAverage(digits = 2): string {
  return loadavg()
    .map((load) => load.toFixed(digits))
    .join(' ');
}

/** Prints a Markdown table: the first column as text, the others as figures (aligned right). */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
  process.stdout.write(line(header) + line(header.map((_, i) => (i === 0 ? '---' : '---:'))));
  for (const row of rows) process.stdout.write(line(row));
}

/** A rate as the figures' tables show it: a whole number with thousands separated (12,345). */
export const perSecond = (count: number, ms: number): string =>
  Math.round(count / (ms / 1000)).toLocaleString('en-GB');
