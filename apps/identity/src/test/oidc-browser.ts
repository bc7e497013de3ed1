import * as oidc from 'openid-client';
import { totpCode } from '@passerelle/identity/domain';

/** A page the browser reached: identity's HTML, or the console's redirect URI (`done`). */
export interface BrowserPage {
  url: string;
  status: number;
  html: string;
  done: boolean;
}

/** How to pass a second factor when a page asks for one. */
export interface SecondFactorInput {
  /** What to type on the code page (six digits or a recovery code). */
  code?: string;
  /** The instant codes are computed for when setting up (the service's clock, when a test pins it). */
  now?: () => Date;
}

/** What setting up a factor showed: the key as the page gave it, and the recovery codes, once. */
export interface Enrolment {
  secret: string;
  recoveryCodes: string[];
}

/**
 * A browser-less OpenID client for tests: the console's authorization code + PKCE flow, with a
 * cookie jar and redirects followed by hand, and the sign-in forms (password, then a code or
 * setting up a second factor) posted as a person would.
 */
export class OidcBrowser {
  /** Cookies by host name, then name (as a browser keeps them apart: ports aside, paths ignored). */
  private readonly cookies = new Map<string, Map<string, string>>();

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
        cookie: [...this.jar(url)].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      this.jar(url).set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  private jar(url: string): Map<string, string> {
    const host = new URL(url).hostname;
    let jar = this.cookies.get(host);
    if (!jar) this.cookies.set(host, (jar = new Map()));
    return jar;
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

  /** Follows from `url` (posting `form`) and reads the page reached. */
  async page(url: string, form?: Record<string, string>): Promise<BrowserPage> {
    const { url: reached, response } = await this.follow(url, form);
    const done = reached.startsWith(this.redirectUri);
    return { url: reached, status: response.status, html: done ? '' : await response.text(), done };
  }

  /** Starts a sign-in and posts the password: the page that answers (done, a code, or setting up). */
  async password(
    config: oidc.Configuration,
    email: string,
    password: string,
  ): Promise<{ verifier: string; interaction: string; page: BrowserPage }> {
    const { verifier, page } = await this.start(config);
    return {
      verifier,
      interaction: page.url,
      page: await this.page(page.url + '/login', { email, password }),
    };
  }

  /**
   * Passes the second factor the page asks for: types `factor.code` on the code page, or on the
   * set-up page reads the key shown, types its current code, keeps the recovery codes shown and
   * goes on. The page reached after, and what setting up showed.
   */
  async secondFactor(
    interaction: string,
    page: BrowserPage,
    factor: SecondFactorInput = {},
  ): Promise<{ page: BrowserPage; enrolment?: Enrolment }> {
    if (page.done) return { page };
    if (page.html.includes(`action="${new URL(interaction).pathname}/code"`)) {
      if (factor.code === undefined) throw new Error('a second factor code is asked and none was given');
      return { page: await this.page(interaction + '/code', { code: factor.code }) };
    }
    const secret = /data-secret="([A-Z2-7]+)"/.exec(page.html)?.[1];
    if (!secret) throw new Error(`sign-in refused (${page.status})`);
    const code = factor.code ?? totpCode(secret, factor.now?.() ?? new Date());
    const shown = await this.page(interaction + '/enrol', { code });
    const recoveryCodes = [...shown.html.matchAll(/<li>([0-9a-z-]{14})<\/li>/g)].map((match) => match[1]!);
    const next = /<a id="continue"[^>]* href="([^"]+)"/.exec(shown.html)?.[1];
    if (!next) return { page: shown, enrolment: { secret, recoveryCodes } };
    return {
      page: await this.page(new URL(next.replace(/&amp;/g, '&'), interaction).href),
      enrolment: { secret, recoveryCodes },
    };
  }

  /**
   * The whole flow for one person: sign in with a password (and a second factor when asked:
   * set up on the spot, or `factor.code`), exchange the code for tokens.
   */
  async signIn(
    email: string,
    password: string,
    factor: SecondFactorInput = {},
  ): Promise<oidc.TokenEndpointResponse & { enrolment?: Enrolment }> {
    const config = await this.configuration();
    const { verifier, interaction, page } = await this.password(config, email, password);
    const passed =
      page.done || page.status !== 200 ? { page } : await this.secondFactor(interaction, page, factor);
    if (!passed.page.done) throw new Error(`sign-in refused (${passed.page.status})`);
    const tokens = await oidc.authorizationCodeGrant(config, new URL(passed.page.url), {
      pkceCodeVerifier: verifier,
    });
    return passed.enrolment ? Object.assign(tokens, { enrolment: passed.enrolment }) : tokens;
  }
}
