/** Bounded retries with exponential backoff: attempt n waits initial * factor^(n-1), capped. */
export interface RetryPolicy {
  maxAttempts: number;
  initialDelayMs: number;
  factor: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  initialDelayMs: 100,
  factor: 4,
  maxDelayMs: 5000,
};

/** Delay before the attempt after `failedAttempt` (1-based), or null when attempts are exhausted. */
export function delayAfterFailure(policy: RetryPolicy, failedAttempt: number): number | null {
  if (failedAttempt >= policy.maxAttempts) return null;
  return Math.min(policy.initialDelayMs * policy.factor ** (failedAttempt - 1), policy.maxDelayMs);
}

/** System error codes of a connection that failed or broke (Node's net, undici's fetch). */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
]);
/** The same failures once a handler's error has been turned into a message (Nest's exception filter). */
const UNREACHABLE_MESSAGE =
  /\bfetch failed\b|\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|EAI_AGAIN)\b|socket hang up/;

/**
 * Whether a handler failed because another service (or anything over the network) could not be
 * reached, rather than because of the event: such an event is not dead-lettered but redelivered
 * once the other side is back (a service restarting for two minutes would otherwise turn every
 * event in flight that asks it something into a dead letter). The cause chain is read too.
 */
export function isUnreachableDependency(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message)) return true;
    current = cause;
  }
  return false;
}
