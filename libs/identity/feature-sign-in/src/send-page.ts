import type { ServerResponse } from 'node:http';

/**
 * Sends one of identity's pages: never cached, nothing from elsewhere, never framed. A page whose
 * form ends the sign-in names where the browser is then sent back (`formTargets`, origins): the
 * browser applies `form-action` to the redirects after the POST too.
 */
export function sendPage(
  res: ServerResponse,
  status: number,
  html: string,
  formTargets: readonly string[] = [],
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline'; form-action ${["'self'", ...formTargets].join(' ')}; ` +
      "frame-ancestors 'none'; base-uri 'none'",
  );
  res.end(html);
}
