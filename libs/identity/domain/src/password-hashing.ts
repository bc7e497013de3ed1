import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt, memory-hard, with OWASP's current parameters (N = 2^17, r = 8, p = 1: 128 MiB a hash).
 * The parameters are stored in each hash, so raising them later re-hashes at the next sign-in.
 */
export const PASSWORD_HASH_PARAMETERS = { N: 2 ** 17, r: 8, p: 1, keyLength: 64, saltLength: 16 } as const;

type Parameters = { N: number; r: number; p: number; keyLength: number };

function derive(password: string, salt: Buffer, { N, r, p, keyLength }: Parameters): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N=131072,r=8,p=1$<salt>$<key>` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(PASSWORD_HASH_PARAMETERS.saltLength);
  const key = await derive(password, salt, PASSWORD_HASH_PARAMETERS);
  const { N, r, p } = PASSWORD_HASH_PARAMETERS;
  return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

function parse(stored: string): { parameters: Parameters; salt: Buffer; key: Buffer } | null {
  const match = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!match) return null;
  const [, N, r, p, salt = '', key = ''] = match;
  const keyBytes = Buffer.from(key, 'base64url');
  const parameters = { N: Number(N), r: Number(r), p: Number(p), keyLength: keyBytes.length };
  return { parameters, salt: Buffer.from(salt, 'base64url'), key: keyBytes };
}

/** Constant-time comparison; false for a malformed hash rather than an error. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed.parameters);
  return timingSafeEqual(candidate, parsed.key);
}

/** True when the hash was made with weaker parameters than today's. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  const { N, r, p, keyLength } = PASSWORD_HASH_PARAMETERS;
  return (
    !parsed ||
    parsed.parameters.N < N ||
    parsed.parameters.r < r ||
    parsed.parameters.p < p ||
    parsed.parameters.keyLength < keyLength
  );
}
