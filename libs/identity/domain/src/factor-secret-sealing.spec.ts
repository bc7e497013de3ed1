import { randomBytes } from 'node:crypto';
import { openFactorSecret, sealFactorSecret } from './factor-secret-sealing';

const key = randomBytes(32);
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('sealing a TOTP secret', () => {
  it('opens what it sealed, and never shows the secret in the sealed form', () => {
    const sealed = sealFactorSecret(SECRET, key, 'account-1');
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain(SECRET);
    expect(openFactorSecret(sealed, key, 'account-1')).toBe(SECRET);
    expect(sealFactorSecret(SECRET, key, 'account-1')).not.toBe(sealed);
  });

  it.each<[string, (sealed: string) => [string, Buffer, string]]>([
    ['under another key', (sealed) => [sealed, randomBytes(32), 'account-1']],
    ['for another account', (sealed) => [sealed, key, 'account-2']],
    ['altered', (sealed) => [sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'BB' : 'AA'), key, 'account-1']],
  ])('refuses to open a secret %s', (_case, tamper) => {
    expect(() => openFactorSecret(...tamper(sealFactorSecret(SECRET, key, 'account-1')))).toThrow();
  });
});
