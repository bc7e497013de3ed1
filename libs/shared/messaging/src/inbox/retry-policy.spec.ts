import { delayAfterFailure, type RetryPolicy } from './retry-policy';

const policy: RetryPolicy = { maxAttempts: 4, initialDelayMs: 100, factor: 4, maxDelayMs: 1000 };

describe('delayAfterFailure', () => {
  it.each([
    [1, 100],
    [2, 400],
    [3, 1000], // 1600 capped at maxDelayMs
    [4, null], // fourth failure: no more attempts, the event goes to the dead-letter topic
  ])('after failed attempt %i waits %p', (attempt, expected) => {
    expect(delayAfterFailure(policy, attempt)).toBe(expected);
  });
});
