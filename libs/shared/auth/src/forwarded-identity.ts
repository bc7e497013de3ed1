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
export async function signForwardedIdentity(
  identity: Identity,
  secret: string,
  now: Date = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ ...claimsFromIdentity(identity) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + FORWARDED_IDENTITY_TTL_SECONDS)
    .sign(keyOf(secret));
}

/**
 * The gateway's signer: a header signed for an identity is reused for its next calls while it is
 * young (`reuseSeconds`, well inside the minute a subgraph accepts it), rather than signed again for
 * every subgraph call: signing was 4% of the gateway's CPU per request (docs/benchmarks.md,
 * bench:gateway). The header is the same one a fresh signature would give, give or take its times.
 */
export class ForwardedIdentitySigner {
  private readonly signed = new Map<string, { header: string; signedAt: number }>();

  constructor(
    private readonly secret: string,
    private readonly now: () => Date,
    private readonly options: { reuseSeconds?: number; maxIdentities?: number } = {},
  ) {}

  async header(identity: Identity): Promise<string> {
    const key = JSON.stringify(claimsFromIdentity(identity));
    const now = this.now();
    const reuseMs = (this.options.reuseSeconds ?? 20) * 1000;
    const kept = this.signed.get(key);
    if (kept && now.getTime() - kept.signedAt < reuseMs && now.getTime() >= kept.signedAt) return kept.header;
    const header = await signForwardedIdentity(identity, this.secret, now);
    // Oldest first out: Map keeps insertion order, and a re-signed identity moves to the end.
    this.signed.delete(key);
    if (this.signed.size >= (this.options.maxIdentities ?? 10_000)) {
      const oldest = this.signed.keys().next();
      if (!oldest.done) this.signed.delete(oldest.value);
    }
    this.signed.set(key, { header, signedAt: now.getTime() });
    return header;
  }
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
  return (await verifiedClaims(token, secret, now)).identity;
}

async function verifiedClaims(
  token: string,
  secret: string,
  now: Date | undefined,
): Promise<{ identity: Identity; usableUntilMs: number }> {
  const { payload } = await jwtVerify(token, keyOf(secret), {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ['HS256'],
    requiredClaims: ['exp', 'iat'],
    maxTokenAge: FORWARDED_IDENTITY_TTL_SECONDS,
    clockTolerance: CLOCK_SKEW_SECONDS,
    currentDate: now,
  });
  // Both are numbers once jose has checked them (required, and compared with the clock).
  const usableUntil = Math.min(Number(payload.exp), Number(payload.iat) + FORWARDED_IDENTITY_TTL_SECONDS);
  return { identity: identityFromClaims(payload), usableUntilMs: usableUntil * 1000 };
}

/**
 * A subgraph's check of the forwarded identity, remembering the headers it has verified until they
 * would be refused anyway: the gateway reuses a header for an identity's calls of the next 20 s
 * (ForwardedIdentitySigner), so most requests carry a header already checked.
 */
export class ForwardedIdentityVerifier {
  private readonly verified = new Map<string, { identity: Identity; untilMs: number }>();

  constructor(
    private readonly secret: string,
    private readonly now: () => Date = () => new Date(),
    private readonly maxHeaders = 1_000,
  ) {}

  async verify(token: string): Promise<Identity> {
    const now = this.now();
    const known = this.verified.get(token);
    if (known && now.getTime() < known.untilMs) return known.identity;
    this.verified.delete(token);
    const { identity, usableUntilMs } = await verifiedClaims(token, this.secret, now);
    if (this.verified.size >= this.maxHeaders) {
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { identity, untilMs: usableUntilMs });
    return identity;
  }
}
