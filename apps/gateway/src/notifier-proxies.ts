import { Readable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@passerelle/shared/auth';
import type { AuthenticatedRequest } from './authenticate.middleware';
import { sendPassedThrough } from './entity-tag';

/**
 * The console's live unread count (`GET /notifications/stream`, Server-Sent Events) passes through
 * the gateway to the notifier with the caller's verified identity, signed as for GraphQL, and
 * stays open until either side closes. Mount behind authenticateMiddleware.
 */
export function notificationStreamProxy(notifierGraphqlUrl: string, identitySecret: string) {
  const origin = new URL(notifierGraphqlUrl).origin;
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const identity = (request as AuthenticatedRequest).user;
    if (request.method !== 'GET' || request.path !== '/stream' || !identity) return next();
    const closed = new AbortController();
    request.on('close', () => closed.abort());
    try {
      const upstream = await fetch(`${origin}/notifications/stream`, {
        headers: {
          [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, identitySecret),
          accept: 'text/event-stream',
        },
        signal: closed.signal,
      });
      response.status(upstream.status);
      response.setHeader('content-type', upstream.headers.get('content-type') ?? 'text/event-stream');
      response.setHeader('cache-control', 'no-store');
      // No proxy in front may hold events back to fill a buffer.
      response.setHeader('x-accel-buffering', 'no');
      response.flushHeaders();
      if (!upstream.body) return void response.end();
      Readable.fromWeb(upstream.body as never)
        .on('error', () => response.end())
        .pipe(response);
    } catch {
      if (!response.headersSent)
        response.status(502).type('text/plain').send('the notifier is not answering');
      else response.end();
    }
  };
}

/**
 * Unsubscribe links of non-essential email (`/unsubscribe/<signed token>`, GET to ask, POST to
 * confirm, RFC 8058 one-click) pass through unauthenticated: a mail client sends no bearer token,
 * so the signed token in the path is the credential, checked by the notifier.
 */
export function unsubscribeProxy(notifierGraphqlUrl: string) {
  const origin = new URL(notifierGraphqlUrl).origin;
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'POST') return next();
    const token = request.path.replace(/^\//, '');
    if (!/^[A-Za-z0-9._-]{16,1024}$/.test(token)) {
      response.status(404).type('text/plain').send('no such unsubscribe link');
      return;
    }
    try {
      const upstream = await fetch(`${origin}/unsubscribe/${token}`, { method: request.method });
      response.status(upstream.status);
      for (const header of ['content-type', 'content-security-policy', 'cache-control']) {
        const value = upstream.headers.get(header);
        if (value) response.setHeader(header, value);
      }
      sendPassedThrough(response, Buffer.from(await upstream.arrayBuffer()));
    } catch {
      response.status(502).type('text/plain').send('the notifier is not answering');
    }
  };
}
