import { createHash } from 'node:crypto';
import type { Response } from 'express';

/**
 * A weak entity tag of a body, as Express makes one (its length and a SHA-1 of its bytes), so a
 * client that sends it back in `If-None-Match` gets a 304 without the body.
 */
export function entityTag(body: Buffer): string {
  const hash = createHash('sha1').update(body).digest('base64').slice(0, 27);
  return `W/"${body.length.toString(16)}-${hash}"`;
}

/**
 * Sends a file or page the gateway passed through from a service (a calendar feed, a PDF, the
 * unsubscribe page) with its entity tag. The gateway's Express makes none on its own (set to
 * `etag: false` in gateway.app.ts, so a GraphQL answer is written in one piece without hashing
 * it); these answers keep theirs, and Express still answers 304 to a matching `If-None-Match`.
 */
export function sendPassedThrough(response: Response, body: Buffer): void {
  response.setHeader('ETag', entityTag(body));
  response.send(body);
}
