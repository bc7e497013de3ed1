import type { Request, Response } from 'express';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@passerelle/shared/auth';
import { HEADERS } from '@passerelle/shared/contracts';
import { currentContext } from '@passerelle/shared/observability';
import type { AuthenticatedRequest } from './authenticate.middleware';
import { sendPassedThrough } from './entity-tag';

const PACK_FILE = /^[^/]+\.(pdf|xlsx)$/;

/** The reporting documents the gateway passes on: their path, and the dates they are asked for. */
const DOCUMENTS = {
  'committee-packs': ['asOf'],
  'dreets-reports': ['asOf', 'followUp'],
} as const;

/**
 * Committee packs (`GET /committee-packs/<programme id>.pdf|.xlsx?asOf=<ISO date>`) and reports to
 * the DREETS (`GET /dreets-reports/<programme id>.pdf|.xlsx?asOf=<ISO date>&followUp=<ISO date>`)
 * pass through the gateway to the reporting service with the caller's verified identity, signed as
 * for GraphQL; reporting decides who may read which document (and audits each download), and
 * answers refusals with the dashboard's codes. Mount behind authenticateMiddleware.
 */
export function committeePackProxy(
  reportingGraphqlUrl: string,
  identitySecret: string,
  document: keyof typeof DOCUMENTS = 'committee-packs',
) {
  const origin = new URL(reportingGraphqlUrl).origin;
  const dates = DOCUMENTS[document];
  return async (request: Request, response: Response): Promise<void> => {
    const identity = (request as AuthenticatedRequest).user;
    const file = request.path.replace(/^\//, '');
    if (request.method !== 'GET' || !identity || !PACK_FILE.test(file)) {
      response
        .status(404)
        .type('text/plain')
        .send(
          `ask for /${document}/<programme id>.pdf|.xlsx?${dates.map((name) => `${name}=<ISO date>`).join('&')}`,
        );
      return;
    }
    const query = new URLSearchParams();
    for (const name of dates) {
      const value = request.query[name];
      if (typeof value === 'string' && value !== '') query.set(name, value);
    }
    const headers: Record<string, string> = {
      [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, identitySecret),
      [HEADERS.correlationId]: currentContext()?.correlationId ?? 'unknown',
    };
    try {
      const search = query.size > 0 ? `?${query.toString()}` : '';
      const upstream = await fetch(`${origin}/${document}/${encodeURIComponent(file)}${search}`, {
        headers,
      });
      response.status(upstream.status);
      for (const header of ['content-type', 'content-disposition', 'cache-control']) {
        const value = upstream.headers.get(header);
        if (value) response.setHeader(header, value);
      }
      sendPassedThrough(response, Buffer.from(await upstream.arrayBuffer()));
    } catch {
      response.status(502).type('text/plain').send('the reporting service is not answering');
    }
  };
}
