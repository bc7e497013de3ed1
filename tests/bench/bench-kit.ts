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
