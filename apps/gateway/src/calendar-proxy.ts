import type { NextFunction, Request, Response } from 'express';
import { sendPassedThrough } from './entity-tag';

/**
 * Calendar feeds (`GET /calendar/<token>.ics`) pass through the gateway to the scheduling service
 * unauthenticated: calendar applications cannot send a bearer token, so the random token in the
 * path is the credential, checked by scheduling. Only GET of that exact shape is forwarded.
 */
/** `/calendar/<anything>.ics`: the only calendar paths that belong to the API, not to the console. */
export function isCalendarFeedPath(path: string): boolean {
  return /^\/calendar\/[^/?]+\.ics(\?|$)/.test(path);
}

export function calendarProxy(schedulingGraphqlUrl: string) {
  const origin = new URL(schedulingGraphqlUrl).origin;
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const file = request.path.replace(/^\//, '');
    // Anything but a feed (e.g. the console's own /calendar/<week> page, reloaded) is not ours.
    if (!isCalendarFeedPath(request.originalUrl)) return next();
    if (!/^[A-Za-z0-9_-]{32,128}\.ics$/.test(file)) {
      response.status(404).type('text/plain').send('no calendar at this address');
      return;
    }
    try {
      const upstream = await fetch(`${origin}/calendar/${file}`, { method: request.method });
      response.status(upstream.status);
      for (const header of ['content-type', 'cache-control']) {
        const value = upstream.headers.get(header);
        if (value) response.setHeader(header, value);
      }
      sendPassedThrough(response, Buffer.from(await upstream.arrayBuffer()));
    } catch {
      response.status(502).type('text/plain').send('the calendar service is not answering');
    }
  };
}
