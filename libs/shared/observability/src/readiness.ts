/** One dependency the service needs to do its work (database, Kafka, a subgraph). */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

export type DependencyStatus = 'up' | 'down';

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  /** A status per dependency, never its error: that names hosts, users and versions. */
  checks: Record<string, { status: DependencyStatus }>;
}

/** Where the reason a dependency is down goes: the logs, for the people who can act on it. */
export type DependencyFailureLog = (name: string, error: Error) => void;

/** Readiness: every dependency answers, each within `timeoutMs`. */
export async function checkReadiness(
  checks: readonly ReadinessCheck[],
  logFailure: DependencyFailureLog,
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }): Promise<[string, { status: DependencyStatus }]> => {
      try {
        await withTimeout(check(), timeoutMs);
        return [name, { status: 'up' }];
      } catch (error) {
        logFailure(name, error instanceof Error ? error : new Error(String(error)));
        return [name, { status: 'down' }];
      }
    }),
  );
  const ready = results.every(([, result]) => result.status === 'up');
  return { status: ready ? 'ok' : 'unavailable', checks: Object.fromEntries(results) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error as Error)),
    );
  });
}
