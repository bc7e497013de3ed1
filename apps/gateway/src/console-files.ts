import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type Router } from 'express';
import { isCalendarFeedPath } from './calendar-proxy';

/** The console's OpenID client at identity (identity's CONSOLE_CLIENT_ID: a public client, PKCE). */
export const CONSOLE_CLIENT_ID = 'passerelle-console';

/** Paths that belong to the API, never to the console's router (calendar feeds too, by their `.ics`). */
const API_PATHS = [
  '/graphql',
  '/notifications',
  '/unsubscribe',
  '/reports',
  '/committee-packs',
  '/dreets-reports',
  '/cvs',
  '/health',
  '/metrics',
];

/**
 * The web console as static files: hashed assets cached for a year, `index.html` for every other
 * GET (the console routes in the browser), never cached so a release reaches people at once; and
 * `/console-config.json`, where the console learns which identity to sign in at.
 */
export function consoleFiles(distDir: string, issuer: string): Router {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_DIST_DIR ${root} holds no index.html: run npm run web:build`);
  const router = express.Router();
  router.get('/console-config.json', (_request, response) => {
    response.set('cache-control', 'no-store').json({ issuer, clientId: CONSOLE_CLIENT_ID });
  });
  router.use(
    '/assets',
    express.static(join(root, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.get(/.*/, (request, response, next) => {
    const api = API_PATHS.some((path) => request.path === path || request.path.startsWith(`${path}/`));
    if (api || isCalendarFeedPath(request.path)) return next();
    response.set({
      'cache-control': 'no-cache',
      'content-security-policy':
        "default-src 'self'; connect-src 'self' " +
        new URL(issuer).origin +
        "; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action " +
        new URL(issuer).origin,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    response.sendFile(index);
  });
  return router;
}
