import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import {
  ACCEPTED_TOKEN_ALGORITHMS,
  checkTokenLifetime,
  identityFromClaims,
  jwksKeyResolver,
  type Identity,
  type TokenLifetimeLimits,
} from '@passerelle/shared/auth';
import type { Clock } from '@passerelle/shared/clock';
import type { GatewayConfig } from '@passerelle/shared/config';

export function tokenLifetimeLimits(config: GatewayConfig): TokenLifetimeLimits {
  return {
    staffMaxSeconds: config.AUTH_STAFF_TOKEN_MAX_LIFETIME_SECONDS,
    candidateMaxSeconds: config.AUTH_CANDIDATE_TOKEN_MAX_LIFETIME_SECONDS,
    clockSkewSeconds: config.AUTH_CLOCK_SKEW_SECONDS,
  };
}

/**
 * Verifies bearer tokens from the identity provider (or the local issuer) against its JWKS, with
 * issuer, audience and expiry checked, refuses lifetimes no provider should issue, and turns the
 * claims into a Passerelle identity.
 */
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly limits: TokenLifetimeLimits;

  constructor(
    config: GatewayConfig,
    private readonly clock: Clock,
  ) {
    const resolveKey = jwksKeyResolver({ uri: config.AUTH_JWKS_URI, file: config.AUTH_JWKS_FILE });
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      algorithms: [...ACCEPTED_TOKEN_ALGORITHMS],
      secretOrKeyProvider: (
        _request: unknown,
        rawToken: string,
        done: (error: unknown, key?: string) => void,
      ) => {
        resolveKey(rawToken).then(
          (key) => done(null, key),
          (error: unknown) => done(error),
        );
      },
    });
    this.limits = tokenLifetimeLimits(config);
  }

  validate(claims: { exp?: unknown; iat?: unknown }): Identity {
    const identity = identityFromClaims(claims);
    // jsonwebtoken checks `exp` only when present and never looks at `iat`.
    checkTokenLifetime(claims, identity.role, this.limits, this.clock.now());
    return identity;
  }
}
