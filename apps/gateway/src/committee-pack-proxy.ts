import type { Request, Response } from 'express';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@passerelle/shared/auth';
import { HEADERS } from '@passerelle/shared/contracts';
import { currentContext } from '@passerelle/shared/observability';
import type { AuthenticatedRequest } from './authenticate.middleware';

const PACK_FILE = /^[^/]+\.(pdf|xlsx)$/;

/**
 * Committee packs (`GET /committee-packs/<programme id>.pdf|.xlsx?asOf=<ISO date>`) pass through
 * the gateway to the reporting service with the caller's verified identity, signed as for GraphQL;
 * reporting decides who may read which pack (and audits each download), and answers refusals with
 * the dashboard's codes. Mount behind authenticateMiddleware.
 */
export function committeePackProxy(reportingGraphqlUrl: string, identitySecret: string) {
  const origin = new URL(reportingGraphqlUrl).origin;
  return async (request: Request, response: Response): Promise<void> => {
    const identity = (request as AuthenticatedRequest).user;
    const file = request.path.replace(/^\//, '');
    if (request.method !== 'GET' || !identity || !PACK_FILE.test(file)) {
      response
        .status(404)
        .type('text/plain')
        .send('ask for /committee-packs/<programme id>.pdf|.xlsx?asOf=<ISO date>');
      return;
    }
    const asOf = typeof request.query['asOf'] === 'string' ? request.query['asOf'] : '';
    const headers: Record<string, string> = {
      [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, identitySecret),
      [HEADERS.correlationId]: currentContext()?.correlationId ?? 'unknown',
    };
    try {
      const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
      const upstream = await fetch(`${origin}/committee-packs/${encodeURIComponent(file)}${query}`, {
        headers,
      });
      response.status(upstream.status);
      for (const header of ['content-type', 'content-disposition', 'cache-control']) {
        const value = upstream.headers.get(header);
        if (value) response.setHeader(header, value);
      }
      response.send(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      response.status(502).type('text/plain').send('the reporting service is not answering');
    }
  };
}
