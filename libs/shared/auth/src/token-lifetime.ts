import { InvalidIdentityError, type Role } from './identity';

/** How long a bearer token may live, by who holds it; from the gateway's configuration. */
export interface TokenLifetimeLimits {
  /** coach, ops, sponsor: a working day. */
  staffMaxSeconds: number;
  /** A candidate signs in from home, seldom: a longer session is the lesser risk. */
  candidateMaxSeconds: number;
  /** The identity provider's clock may run this far ahead of ours. */
  clockSkewSeconds: number;
}

/**
 * Refuses tokens a provider should never issue: no expiry, no issue time, issued in the future,
 * or living longer than the role allows. The signature and `exp` are checked before this.
 */
export function checkTokenLifetime(
  claims: { iat?: unknown; exp?: unknown },
  role: Role,
  limits: TokenLifetimeLimits,
  now: Date,
): void {
  const { iat, exp } = claims;
  if (typeof exp !== 'number') throw new InvalidIdentityError('the token has no expiry (exp)');
  if (typeof iat !== 'number') throw new InvalidIdentityError('the token has no issue time (iat)');
  const ahead = iat - now.getTime() / 1000;
  if (ahead > limits.clockSkewSeconds) {
    throw new InvalidIdentityError(`the token was issued ${Math.round(ahead)} s in the future`);
  }
  const lifetime = exp - iat;
  const max = maxLifetimeSeconds(role, limits);
  if (lifetime > max) {
    throw new InvalidIdentityError(
      `the token lives ${lifetime} s; the limit for the ${role} role is ${max} s`,
    );
  }
}

function maxLifetimeSeconds(role: Role, limits: TokenLifetimeLimits): number {
  switch (role) {
    case 'candidate':
      return limits.candidateMaxSeconds;
    case 'coach':
    case 'ops':
    case 'sponsor':
    case 'committee':
      return limits.staffMaxSeconds;
  }
}
