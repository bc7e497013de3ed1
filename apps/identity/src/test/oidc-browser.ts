import * as oidc from 'openid-client';

/**
 * A browser-less OpenID client for tests: the console's authorization code + PKCE flow, with a
 * cookie jar and redirects followed by hand, and the sign-in form posted as a person would.
 */
export class OidcBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly issuer: string,
    private readonly clientId: string,
    private readonly redirectUri: string,
  ) {}

  async configuration(): Promise<oidc.Configuration> {
    return oidc.discovery(new URL(this.issuer), this.clientId, undefined, oidc.None(), {
      execute: [oidc.allowInsecureRequests],
    });
  }

  /** GET or POST one URL with the jar's cookies, keeping the ones it sets; no redirect followed. */
  async request(url: string, form?: Record<string, string>): Promise<Response> {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  /** Follows redirects from `url` until a page answers or the console's redirect URI is reached. */
  async follow(url: string, form?: Record<string, string>): Promise<{ url: string; response: Response }> {
    let current = url;
    let response = await this.request(current, form);
    for (let hops = 0; hops < 10; hops++) {
      const location = response.headers.get('location');
      if (!location || !(response.status >= 300 && response.status < 400)) break;
      current = new URL(location, current).href;
      if (current.startsWith(this.redirectUri)) return { url: current, response };
      response = await this.request(current);
    }
    return { url: current, response };
  }

  /** Starts a sign-in: the authorization request (PKCE S256), up to the sign-in page. */
  async start(
    config: oidc.Configuration,
  ): Promise<{ verifier: string; page: { url: string; response: Response } }> {
    const verifier = oidc.randomPKCECodeVerifier();
    const authorization = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid offline_access',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    return { verifier, page: await this.follow(authorization.href) };
  }

  /** The whole flow for one person: sign in with a password, exchange the code for tokens. */
  async signIn(email: string, password: string): Promise<oidc.TokenEndpointResponse> {
    const config = await this.configuration();
    const { verifier, page } = await this.start(config);
    const submitted = await this.follow(page.url + '/login', { email, password });
    if (!submitted.url.startsWith(this.redirectUri)) {
      throw new Error(`sign-in refused (${submitted.response.status})`);
    }
    return oidc.authorizationCodeGrant(config, new URL(submitted.url), { pkceCodeVerifier: verifier });
  }
}
