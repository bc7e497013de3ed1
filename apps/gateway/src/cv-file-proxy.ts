import type { Request, Response } from 'express';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@passerelle/shared/auth';
import { HEADERS } from '@passerelle/shared/contracts';
import { currentContext } from '@passerelle/shared/observability';
import type { AuthenticatedRequest } from './authenticate.middleware';
import { sendPassedThrough } from './entity-tag';

const CV_FILE = /^[^/]+\.(pdf|docx)$/;

/**
 * CV files (`GET /cvs/<version id>.pdf|.docx[?layout=classique|moderne|sobre]`) pass through the
 * gateway to the career service with the caller's verified identity, signed as for GraphQL; career
 * decides who may read which CV (the person and their coach), audits each download, and answers
 * refusals with the CV's codes. Mount behind authenticateMiddleware.
 */
export function cvFileProxy(careerGraphqlUrl: string, identitySecret: string) {
  const origin = new URL(careerGraphqlUrl).origin;
  return async (request: Request, response: Response): Promise<void> => {
    const identity = (request as AuthenticatedRequest).user;
    const file = request.path.replace(/^\//, '');
    if (request.method !== 'GET' || !identity || !CV_FILE.test(file)) {
      response.status(404).type('text/plain').send('ask for /cvs/<version id>.pdf or /cvs/<version id>.docx');
      return;
    }
    const layout = typeof request.query['layout'] === 'string' ? request.query['layout'] : '';
    const headers: Record<string, string> = {
      [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, identitySecret),
      [HEADERS.correlationId]: currentContext()?.correlationId ?? 'unknown',
    };
    try {
      const query = layout ? `?layout=${encodeURIComponent(layout)}` : '';
      const upstream = await fetch(`${origin}/cvs/${encodeURIComponent(file)}${query}`, { headers });
      response.status(upstream.status);
      for (const header of ['content-type', 'content-disposition', 'cache-control']) {
        const value = upstream.headers.get(header);
        if (value) response.setHeader(header, value);
      }
      sendPassedThrough(response, Buffer.from(await upstream.arrayBuffer()));
    } catch {
      response.status(502).type('text/plain').send('the career service is not answering');
    }
  };
}
