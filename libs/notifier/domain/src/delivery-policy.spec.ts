import { afterFailedSend, isPermanentSmtpCode, type DeliveryPolicy } from './delivery-policy';

const policy: DeliveryPolicy = { maxAttempts: 4, retryBaseMs: 60_000, retryCapMs: 300_000 };
const now = new Date('2026-12-04T10:00:00Z');
const transient = { permanent: false, reason: 'ECONNREFUSED' };

describe('after a failed send', () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
  ])('attempt %i is retried %i ms later', (attempts, delay) => {
    expect(afterFailedSend(attempts, transient, policy, now)).toEqual({
      status: 'pending',
      attempts,
      nextAttemptAt: new Date(now.getTime() + delay),
      lastError: 'ECONNREFUSED',
    });
  });

  it('never waits longer than the cap', () => {
    const wide = { ...policy, maxAttempts: 20 };
    const decision = afterFailedSend(10, transient, wide, now);
    expect(decision).toMatchObject({ status: 'pending', nextAttemptAt: new Date(now.getTime() + 300_000) });
  });

  it('parks the message once its attempts are spent', () => {
    expect(afterFailedSend(4, transient, policy, now)).toEqual({
      status: 'parked',
      attempts: 4,
      lastError: 'ECONNREFUSED',
    });
  });

  it('parks at once what the server refused for good, with its reason', () => {
    const refused = { permanent: true, reason: '550 5.1.1 mailbox unavailable' };
    expect(afterFailedSend(1, refused, policy, now)).toEqual({
      status: 'parked',
      attempts: 1,
      lastError: '550 5.1.1 mailbox unavailable',
    });
  });

  it('keeps a long reason to 500 characters', () => {
    const decision = afterFailedSend(1, { permanent: false, reason: 'x'.repeat(2000) }, policy, now);
    expect(decision.lastError).toHaveLength(500);
  });
});

describe('SMTP reply codes', () => {
  it.each([
    [550, true],
    [554, true],
    [421, false],
    [451, false],
    [undefined, false],
  ])('%s is permanent: %s', (code, permanent) => {
    expect(isPermanentSmtpCode(code)).toBe(permanent);
  });
});
