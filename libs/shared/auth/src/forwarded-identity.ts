import { SignJWT, jwtVerify } from 'jose';
import { claimsFromIdentity, identityFromClaims, type Identity } from './identity';

/** Header the gateway sets on every subgraph request; a client cannot forge it without the secret. */
export const FORWARDED_IDENTITY_HEADER = 'x-passerelle-identity';
const ISSUER = 'passerelle-gateway';
const AUDIENCE = 'passerelle-subgraphs';
/** How long a forwarded identity lives: one subgraph call, not a session. */
export const FORWARDED_IDENTITY_TTL_SECONDS = 60;
/** Gateway and subgraph clocks may drift this much apart. */
const CLOCK_SKEW_SECONDS = 5;

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** Signs the identity the gateway verified, for one minute, with the secret only it and subgraphs share. */
export async function signForwardedIdentity(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({ ...claimsFromIdentity(identity) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${FORWARDED_IDENTITY_TTL_SECONDS}s`)
    .sign(keyOf(secret));
}

/**
 * jose checks `exp` only when present, so both times are required and the age is capped from
 * `iat`: a leaked header is worth a minute at most, whatever expiry it claims.
 */
export async function verifyForwardedIdentity(
  token: string,
  secret: string,
  { now }: { now?: Date } = {},
): Promise<Identity> {
  const { payload } = await jwtVerify(token, keyOf(secret), {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ['HS256'],
    requiredClaims: ['exp', 'iat'],
    maxTokenAge: FORWARDED_IDENTITY_TTL_SECONDS,
    clockTolerance: CLOCK_SKEW_SECONDS,
    currentDate: now,
  });
  return identityFromClaims(payload);
}
