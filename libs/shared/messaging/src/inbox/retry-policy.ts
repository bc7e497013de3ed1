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
