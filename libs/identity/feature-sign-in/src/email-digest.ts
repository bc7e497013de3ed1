import { createHmac } from 'node:crypto';

/** A keyed digest of a sign-in address: attempts on one address can be counted, not read. */
export function emailDigest(key: string, email: string): string {
  return createHmac('sha256', key).update(email.trim().toLowerCase()).digest('base64url');
}
