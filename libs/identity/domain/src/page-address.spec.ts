import { identityPageUrl } from './page-address';

describe('identityPageUrl', () => {
  it.each([
    ['http://127.0.0.1:4006/oidc', 'invitation/abc', 'http://127.0.0.1:4006/invitation/abc'],
    [
      'https://passerelle.example.org/oidc/',
      '/federation/callback',
      'https://passerelle.example.org/federation/callback',
    ],
    ['https://example.org/id/oidc', 'invitation/abc', 'https://example.org/id/invitation/abc'],
  ])('%s + %s', (issuer, path, url) => expect(identityPageUrl(issuer, path)).toBe(url));
});
