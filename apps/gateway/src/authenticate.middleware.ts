import type { NextFunction, Request, Response } from 'express';
import passport, { type Strategy } from 'passport';
import type { Logger } from 'pino';
import { decodeJwt } from 'jose';
import type { Identity } from '@passerelle/shared/auth';
import type { VerifiedTokens } from './verified-tokens';

export interface AuthenticatedRequest extends Request {
  user?: Identity;
}

/**
 * Every GraphQL request needs a valid bearer token; the answer without one is a plain 401. Why a
 * token was refused goes to the logs only: the reasons name the issuer and audience expected,
 * which tells a forger what to write.
 */
export function authenticateMiddleware(logger: Logger, strategy: Strategy, verifiedTokens: VerifiedTokens) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const token = bearerToken(request);
    const known = token ? verifiedTokens.find(token) : undefined;
    if (known) {
      (request as AuthenticatedRequest).user = known;
      next();
      return;
    }
    passport.authenticate(
      // This gateway's own strategy (passport's registry holds one per name for the whole process,
      // the last registered), in a fresh object per request: passport adds its callbacks to it.
      Object.create(strategy) as Strategy,
      { session: false },
      (error: unknown, identity: Identity | false, info: unknown) => {
        if (error || !identity) {
          const sent = /^Bearer\s/i.test(request.header('authorization') ?? '');
          // passport reports a missing or bad token as `info`; errors may come from another realm, so no instanceof.
          const reason = messageOf(error) ?? messageOf(info) ?? 'no identity';
          if (sent) logger.warn({ reason }, 'refused a bearer token');
          response
            .status(401)
            .setHeader('www-authenticate', sent ? 'Bearer error="invalid_token"' : 'Bearer')
            .json({
              errors: [
                {
                  message: sent ? 'invalid token' : 'a bearer token is required',
                  extensions: { code: 'UNAUTHENTICATED' },
                },
              ],
            });
          return;
        }
        (request as AuthenticatedRequest).user = identity;
        if (token) verifiedTokens.keep(token, identity, decodeJwt(token).exp);
        next();
      },
    )(request, response, next);
  };
}

/** Batched requests are allowed up to a limit, so one HTTP call cannot carry a flood of operations. */
export function batchLimitMiddleware(maxBatch: number) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (Array.isArray(request.body) && request.body.length > maxBatch) {
      response.status(400).json({
        errors: [
          {
            message: `a batch may hold at most ${maxBatch} operations; this one has ${request.body.length}`,
            extensions: { code: 'BATCH_TOO_LARGE' },
          },
        ],
      });
      return;
    }
    next();
  };
}

/** The bearer token as passport-jwt reads it (`Authorization: Bearer <token>`), if any. */
function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '');
  return match?.[1];
}

function messageOf(value: unknown): string | undefined {
  const message = (value as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}
