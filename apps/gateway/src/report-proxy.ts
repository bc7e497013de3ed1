import type { Request, Response } from 'express';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@passerelle/shared/auth';
import { HEADERS } from '@passerelle/shared/contracts';
import { currentContext } from '@passerelle/shared/observability';
import type { AuthenticatedRequest } from './authenticate.middleware';
import { sendPassedThrough } from './entity-tag';

const REPORT_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/;

/**
 * Assessment reports (`GET /reports/<assessment id>.pdf?lang=fr|en`) pass through the gateway to
 * the assessment service with the caller's verified identity, signed as for GraphQL; assessment
 * decides who may read which report. Mount behind authenticateMiddleware.
 */
export function reportProxy(assessmentGraphqlUrl: string, identitySecret: string) {
  const origin = new URL(assessmentGraphqlUrl).origin;
  return async (request: Request, response: Response): Promise<void> => {
    const identity = (request as AuthenticatedRequest).user;
    const file = request.path.replace(/^\//, '');
    if (request.method !== 'GET' || !identity || !REPORT_FILE.test(file)) {
      response.status(404).type('text/plain').send('ask for /reports/<assessment id>.pdf?lang=fr|en');
      return;
    }
    const lang = request.query['lang'] === 'en' ? 'en' : 'fr';
    const headers: Record<string, string> = {
      [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, identitySecret),
      [HEADERS.correlationId]: currentContext()?.correlationId ?? 'unknown',
    };
    try {
      const upstream = await fetch(`${origin}/reports/${file}?lang=${lang}`, { headers });
      response.status(upstream.status);
      for (const header of ['content-type', 'content-disposition', 'cache-control']) {
        const value = upstream.headers.get(header);
        if (value) response.setHeader(header, value);
      }
      sendPassedThrough(response, Buffer.from(await upstream.arrayBuffer()));
    } catch {
      response.status(502).type('text/plain').send('the assessment service is not answering');
    }
  };
}
