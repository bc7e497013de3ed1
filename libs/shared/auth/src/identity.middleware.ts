import type { NextFunction, Response } from 'express';
import type { RequestWithIdentity } from './access.decorators';
import { FORWARDED_IDENTITY_HEADER, ForwardedIdentityVerifier } from './forwarded-identity';

/**
 * Subgraphs serve only the gateway: a request to /graphql without an identity the gateway signed
 * is refused before any resolver runs, whatever headers a client sent.
 */
export function forwardedIdentityMiddleware(secret: string) {
  const verifier = new ForwardedIdentityVerifier(secret);
  return async (request: RequestWithIdentity, response: Response, next: NextFunction): Promise<void> => {
    const token = request.header(FORWARDED_IDENTITY_HEADER);
    if (!token) {
      response
        .status(401)
        .json({ error: 'unauthenticated', message: 'call this service through the gateway' });
      return;
    }
    try {
      request.identity = await verifier.verify(token);
      next();
    } catch {
      response.status(401).json({ error: 'unauthenticated', message: 'the forwarded identity is not valid' });
    }
  };
}
