import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import {
  ACCEPTED_TOKEN_ALGORITHMS,
  InvalidIdentityError,
  identityFromClaims,
  jwksKeyResolver,
  type Identity,
} from '@passerelle/shared/auth';
import type { GatewayConfig } from '@passerelle/shared/config';

/**
 * Verifies bearer tokens from the identity provider (or the local issuer) against its JWKS, with
 * issuer, audience and expiry checked, and turns the claims into a Passerelle identity.
 */
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(config: GatewayConfig) {
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
  }

  validate(claims: { exp?: unknown }): Identity {
    // jsonwebtoken checks `exp` only when present; a token that never expires is refused here.
    if (typeof claims.exp !== 'number') throw new InvalidIdentityError('the token has no expiry (exp)');
    return identityFromClaims(claims);
  }
}
