import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * A TOTP secret at rest: AES-256-GCM under a key from the service's settings (IDENTITY_FACTOR_KEY),
 * never in the database in clear. The account id is the additional data, so a sealed secret
 * copied onto another account's row does not open. `v1.<iv>.<tag>.<ciphertext>` (base64url): the
 * version leaves room for a new key or cipher later.
 */
const VERSION = 'v1';
const IV_BYTES = 12;

export function sealFactorSecret(secret: string, key: Buffer, accountId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(accountId));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The secret, or an error when it was sealed under another key or for another account, or altered. */
export function openFactorSecret(sealed: string, key: Buffer, accountId: string): string {
  const [version, iv = '', tag = '', data = ''] = sealed.split('.');
  if (version !== VERSION) throw new Error(`unknown sealed factor secret version ${version}`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(accountId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
