import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { KeyObject } from 'node:crypto';
import { decodeJwt } from 'jose';
import {
  ACCEPTED_TOKEN_ALGORITHMS,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
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
 * The keys of the issuer a token names: the provider's, or the local issuer's where the demo trusts
 * it too (AUTH_LOCAL_ISSUER_JWKS_FILE). A token is checked with its own issuer's keys only.
 */
function trustedKeys(config: GatewayConfig): (rawToken: string) => Promise<KeyObject> {
  const provider = jwksKeyResolver({ uri: config.AUTH_JWKS_URI, file: config.AUTH_JWKS_FILE });
  if (!config.AUTH_LOCAL_ISSUER_JWKS_FILE) return provider;
  const local = jwksKeyResolver({ file: config.AUTH_LOCAL_ISSUER_JWKS_FILE });
  return async (rawToken) =>
    decodeJwt(rawToken).iss === LOCAL_ISSUER ? local(rawToken) : provider(rawToken);
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
    const resolveKey = trustedKeys(config);
    const local = config.AUTH_LOCAL_ISSUER_JWKS_FILE !== undefined;
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      issuer: local ? [config.AUTH_ISSUER, LOCAL_ISSUER] : config.AUTH_ISSUER,
      audience: local ? [config.AUTH_AUDIENCE, LOCAL_AUDIENCE] : config.AUTH_AUDIENCE,
      algorithms: [...ACCEPTED_TOKEN_ALGORITHMS],
      secretOrKeyProvider: (
        _request: unknown,
        rawToken: string,
        done: (error: unknown, key?: string) => void,
      ) => {
        resolveKey(rawToken).then(
          // passport-jwt hands the key to jsonwebtoken, which takes a KeyObject as it is (its
          // types say PEM only); a PEM would be parsed again for every request.
          (key) => done(null, key as unknown as string),
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
