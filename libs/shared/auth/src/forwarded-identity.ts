import { SignJWT, jwtVerify } from 'jose';
import { ExpiringEntries } from './expiring-entries';
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
  private readonly signed: ExpiringEntries<{ header: string; signedAt: number }>;

  constructor(
    private readonly secret: string,
    private readonly now: () => Date,
    private readonly options: { reuseSeconds?: number; maxIdentities?: number } = {},
  ) {
    this.signed = new ExpiringEntries(options.maxIdentities ?? 10_000);
  }

  async header(identity: Identity): Promise<string> {
    const key = JSON.stringify(claimsFromIdentity(identity));
    const now = this.now().getTime();
    const kept = this.signed.get(key, now);
    // A clock moved back would otherwise hand out a header issued "in the future".
    if (kept && now >= kept.signedAt) return kept.header;
    const header = await signForwardedIdentity(identity, this.secret, new Date(now));
    this.signed.set(key, { header, signedAt: now }, now + (this.options.reuseSeconds ?? 20) * 1000);
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
  private readonly verified: ExpiringEntries<Identity>;

  constructor(
    private readonly secret: string,
    private readonly now: () => Date = () => new Date(),
    maxHeaders = 1_000,
  ) {
    this.verified = new ExpiringEntries(maxHeaders);
  }

  async verify(token: string): Promise<Identity> {
    const now = this.now();
    const known = this.verified.get(token, now.getTime());
    if (known) return known;
    const { identity, usableUntilMs } = await verifiedClaims(token, this.secret, now);
    this.verified.set(token, identity, usableUntilMs);
    return identity;
  }
}
