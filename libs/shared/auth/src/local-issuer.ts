import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { identityClaimsSchema, type IdentityClaims } from './identity';

/**
 * A development identity provider: an RS256 key pair on disk, a JWKS the gateway reads, and
 * tokens with the same claims a real provider would issue. Never used in production, where the
 * gateway points at the provider's JWKS instead.
 */
export const LOCAL_ISSUER = 'passerelle-local-issuer';
export const LOCAL_AUDIENCE = 'passerelle';

const KID = 'local-1';

export function localIssuerPaths(dir: string) {
  return { privateKey: join(dir, 'private.jwk.json'), jwks: join(dir, 'jwks.json') };
}

/** Creates the key pair once; later calls reuse it so issued tokens stay valid across restarts. */
export async function ensureLocalIssuerKeys(dir: string): Promise<void> {
  const paths = localIssuerPaths(dir);
  if (existsSync(paths.privateKey) && existsSync(paths.jwks)) return;
  mkdirSync(dir, { recursive: true });
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  writeFileSync(
    paths.privateKey,
    JSON.stringify({ ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256' }),
    {
      mode: 0o600,
    },
  );
  writeFileSync(paths.jwks, JSON.stringify({ keys: [publicJwk] }, null, 2));
}

export async function issueLocalToken(dir: string, claims: IdentityClaims, ttl = '8h'): Promise<string> {
  const parsed = identityClaimsSchema.safeParse(claims);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'role'}: ${issue.message}`,
    );
    throw new Error(
      `these claims describe no Passerelle user (${problems.join('; ')}); roles: candidate, coach, ops, sponsor`,
    );
  }
  const valid = parsed.data;
  await ensureLocalIssuerKeys(dir);
  const jwk = JSON.parse(readFileSync(localIssuerPaths(dir).privateKey, 'utf8')) as JWK;
  const key = await importJWK(jwk, 'RS256');
  const { sub, ...rest } = valid;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'RS256', kid: KID })
    .setSubject(sub)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key);
}
