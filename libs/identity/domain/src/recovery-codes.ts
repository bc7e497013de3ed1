import { createHmac, randomBytes } from 'node:crypto';

/**
 * Recovery codes: what lets a person in when their phone is lost. Ten, each usable once, shown
 * once when the factor is set up and stored only as keyed digests. 60 random bits each, in
 * Crockford's base32 (no I, L, O or U; an O typed reads as 0, an I or L as 1), grouped by four so
 * they read aloud and copy well.
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const GROUPS = 3;
const GROUP_LENGTH = 4;

function newRecoveryCode(): string {
  // 5 bits a character, 12 characters: 60 bits from 8 random bytes.
  let bits = randomBytes(8).readBigUInt64BE();
  let code = '';
  for (let i = 0; i < GROUPS * GROUP_LENGTH; i++) {
    if (i > 0 && i % GROUP_LENGTH === 0) code += '-';
    code += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return code;
}

/** A new set of recovery codes, as the person is shown them (`abcd-efgh-jkmn`). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/** Whether what was typed looks like a recovery code rather than a 6-digit one. */
export function looksLikeRecoveryCode(typed: string): boolean {
  return normalise(typed).length === GROUPS * GROUP_LENGTH;
}

/**
 * The digest a recovery code is kept as: HMAC-SHA-256 under a key the database does not hold, so
 * a copy of the table alone does not let anyone search the 2^60 codes. Case, spaces and dashes
 * as typed do not matter.
 */
export function recoveryCodeDigest(typed: string, key: Buffer): string {
  return createHmac('sha256', key).update(normalise(typed)).digest('base64url');
}

const normalise = (typed: string): string =>
  typed.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
