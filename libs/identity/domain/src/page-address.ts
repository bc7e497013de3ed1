/**
 * Where one of identity's own pages lives (the invitation page, the firm sign-in callback): beside
 * the provider, at the issuer's origin and base path without its `/oidc`.
 */
export function identityPageUrl(issuer: string, path: string): string {
  const base = new URL(issuer);
  const prefix = base.pathname.replace(/\/oidc\/?$/, '').replace(/\/$/, '');
  return `${base.origin}${prefix}/${path.replace(/^\//, '')}`;
}
