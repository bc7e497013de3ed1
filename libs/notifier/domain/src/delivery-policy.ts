/** How the sender treats a failed send. */
export interface DeliveryPolicy {
  maxAttempts: number;
  /** The first retry's delay; doubled at each further attempt. */
  retryBaseMs: number;
  /** No retry waits longer than this. */
  retryCapMs: number;
}

/** What the SMTP server (or the way to it) said. */
export interface SendFailure {
  /** A 5xx answer: the server refuses this message for good (bad address, policy); retrying will not help. */
  permanent: boolean;
  reason: string;
}

export type AfterFailure =
  | { status: 'pending'; attempts: number; nextAttemptAt: Date; lastError: string }
  | { status: 'parked'; attempts: number; lastError: string };

/**
 * After a failed send (`attempts` counts it): retry later with exponential back-off, or park the
 * message for ops once attempts are spent or the server refused it for good.
 */
export function afterFailedSend(
  attempts: number,
  failure: SendFailure,
  policy: DeliveryPolicy,
  now: Date,
): AfterFailure {
  const lastError = failure.reason.slice(0, 500);
  if (failure.permanent || attempts >= policy.maxAttempts) return { status: 'parked', attempts, lastError };
  const delay = Math.min(policy.retryBaseMs * 2 ** (attempts - 1), policy.retryCapMs);
  return { status: 'pending', attempts, nextAttemptAt: new Date(now.getTime() + delay), lastError };
}

/** An SMTP reply code in the 5xx range is permanent (RFC 5321 4.2.1); anything else may pass later. */
export function isPermanentSmtpCode(responseCode: number | undefined): boolean {
  return responseCode !== undefined && responseCode >= 500 && responseCode < 600;
}

/**
 * An SMS provider's HTTP answer that will not change on retry: a 4xx (a number it refuses, bad
 * credentials) except 408 and 429, which say "later". 5xx and network failures may pass later.
 */
export function isPermanentHttpStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}
