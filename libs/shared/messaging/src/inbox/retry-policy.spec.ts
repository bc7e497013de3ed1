import { delayAfterFailure, isUnreachableDependency, type RetryPolicy } from './retry-policy';

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

describe('isUnreachableDependency', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4001'), { code: 'ECONNREFUSED' });
  it.each<[string, unknown, boolean]>([
    ["undici's fetch failing to connect", new TypeError('fetch failed', { cause: refused }), true],
    [
      'a code on the cause only',
      new Error('could not ask intake', { cause: { code: 'UND_ERR_SOCKET' } }),
      true,
    ],
    ["a message after Nest's filter", new Error('fetch failed'), true],
    ['a reset connection', new Error('read ECONNRESET'), true],
    [
      'a domain refusal',
      Object.assign(new Error('programme not found'), { code: 'PROGRAMME_NOT_FOUND' }),
      false,
    ],
    ['a constraint violation', new Error('duplicate key value violates unique constraint'), false],
    ['not an error', 'fetch', false],
  ])('%s: %p', (_label, error, expected) => {
    expect(isUnreachableDependency(error)).toBe(expected);
  });
});
