import { checkTotp, newTotpSecret, totpCode, totpStep, totpUri, type TotpCheck } from './totp';

// RFC 6238's SHA-1 test key ("12345678901234567890"), base32.
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const now = new Date('2026-12-04T10:00:15Z');
const step = totpStep(now);
const at = (steps: number) => new Date(now.getTime() + steps * 30_000);

describe('TOTP codes', () => {
  it("matches RFC 6238's test vector", () => {
    expect(totpCode(SECRET, new Date(59_000))).toBe('287082');
    expect(totpCode(SECRET, new Date(1_111_111_109_000))).toBe('081804');
  });

  it.each<[string, () => string, number | null, TotpCheck]>([
    ['the current code', () => totpCode(SECRET, now), null, { ok: true, step }],
    ['typed with a space', () => totpCode(SECRET, now).replace(/^(...)/, '$1 '), null, { ok: true, step }],
    ["the previous step's code", () => totpCode(SECRET, at(-1)), null, { ok: true, step: step - 1 }],
    ["the next step's code", () => totpCode(SECRET, at(1)), null, { ok: true, step: step + 1 }],
    ['a code two steps old', () => totpCode(SECRET, at(-2)), null, { ok: false, reason: 'wrong' }],
    ['a code two steps ahead', () => totpCode(SECRET, at(2)), null, { ok: false, reason: 'wrong' }],
    ['another secret’s code', () => totpCode(newTotpSecret(), now), null, { ok: false, reason: 'wrong' }],
    ['five digits', () => totpCode(SECRET, now).slice(1), null, { ok: false, reason: 'wrong' }],
    ['letters', () => 'abcdef', null, { ok: false, reason: 'wrong' }],
    ['the code of the step last used', () => totpCode(SECRET, now), step, { ok: false, reason: 'replayed' }],
    [
      'an older code once a newer one was used',
      () => totpCode(SECRET, at(-1)),
      step,
      { ok: false, reason: 'replayed' },
    ],
    ['the next code after the last used', () => totpCode(SECRET, at(1)), step, { ok: true, step: step + 1 }],
  ])('%s', (_case, code, lastUsedStep, expected) => {
    const typed = code();
    // A random other secret may, once in a million, give the same code: not worth a flaky test.
    if (_case.startsWith('another') && typed === totpCode(SECRET, now)) return;
    expect(checkTotp({ secret: SECRET, code: typed, now, lastUsedStep })).toEqual(expected);
  });

  it('makes 160-bit secrets and the URI an authenticator app reads', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    expect(totpUri(SECRET, { issuer: 'Passerelle', label: 'camille@example.fr' })).toBe(
      'otpauth://totp/Passerelle:camille%40example.fr?issuer=Passerelle&secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&algorithm=SHA1&digits=6&period=30',
    );
  });
});
