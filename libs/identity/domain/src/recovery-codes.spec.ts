import { randomBytes } from 'node:crypto';
import {
  looksLikeRecoveryCode,
  newRecoveryCodes,
  RECOVERY_CODE_COUNT,
  recoveryCodeDigest,
} from './recovery-codes';

const key = randomBytes(32);

describe('recovery codes', () => {
  it('makes ten distinct codes of three groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
  });

  it.each<[string, string, boolean]>([
    ['as shown', 'ab10-cd34-ef56', true],
    ['in capitals, without dashes', 'AB10CD34EF56', true],
    ['with spaces', 'ab10 cd34 ef56', true],
    ['an O for a 0 and an l for a 1', 'ABlO-CD34-EF56', true],
    ['another code', 'ab10-cd34-ef57', false],
  ])('reads a code typed %s as the same code: %p', (_case, typed, same) => {
    expect(recoveryCodeDigest(typed, key) === recoveryCodeDigest('ab10-cd34-ef56', key)).toBe(same);
  });

  it('keys the digest: another key gives another digest', () => {
    expect(recoveryCodeDigest('ab12-cd34-ef56', randomBytes(32))).not.toBe(
      recoveryCodeDigest('ab12-cd34-ef56', key),
    );
  });

  it.each<[string, boolean]>([
    ['123456', false],
    ['123 456', false],
    ['ab12-cd34-ef56', true],
    ['AB12CD34EF56', true],
  ])('%p looks like a recovery code: %p', (typed, expected) => {
    expect(looksLikeRecoveryCode(typed)).toBe(expected);
  });
});
