/**
 * Sign-in through identity's OpenID provider: authorization code with PKCE (S256), refresh with
 * rotation, RP-initiated logout. A public client: no secret in the browser. Tokens stay in this
 * tab's sessionStorage, never in localStorage, so closing the tab forgets them.
 */

export interface ConsoleConfig {
  issuer: string;
  clientId: string;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string | null;
  idToken: string | null;
  /** Epoch milliseconds. */
  expiresAt: number;
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

const TOKENS = 'passerelle.tokens';
const PENDING = 'passerelle.sign-in';
export const CALLBACK_PATH = '/auth/callback';

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function randomString(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function challengeOf(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

export class OidcClient {
  private discovery: Promise<Discovery> | null = null;
  /** One exchange per callback, however often the page's effects run. */
  private completing: Promise<string> | null = null;

  constructor(private readonly config: ConsoleConfig) {}

  private redirectUri(): string {
    return `${location.origin}${CALLBACK_PATH}`;
  }

  private discover(): Promise<Discovery> {
    this.discovery ??= fetch(
      `${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    ).then(async (response) => {
      if (!response.ok) throw new Error(`discovery answered ${response.status}`);
      return (await response.json()) as Discovery;
    });
    return this.discovery;
  }

  /** Leaves for identity's sign-in page; comes back to CALLBACK_PATH with a code. */
  async signIn(returnTo: string): Promise<void> {
    const { authorization_endpoint } = await this.discover();
    const verifier = randomString();
    const state = randomString();
    sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
    const url = new URL(authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: this.config.clientId,
      response_type: 'code',
      redirect_uri: this.redirectUri(),
      scope: 'openid offline_access',
      state,
      code_challenge: await challengeOf(verifier),
      code_challenge_method: 'S256',
      ui_locales: document.documentElement.lang || 'fr',
    }).toString();
    location.assign(url.href);
  }

  /** Trades the code of the callback for tokens; where the person was going. */
  completeSignIn(callback: URL): Promise<string> {
    this.completing ??= this.exchange(callback);
    return this.completing;
  }

  private async exchange(callback: URL): Promise<string> {
    const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as {
      verifier: string;
      state: string;
      returnTo: string;
    } | null;
    sessionStorage.removeItem(PENDING);
    const code = callback.searchParams.get('code');
    if (!pending || !code || callback.searchParams.get('state') !== pending.state) {
      throw new Error('this sign-in was not started here, or was answered with an error');
    }
    await this.token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.redirectUri(),
      code_verifier: pending.verifier,
    });
    return pending.returnTo;
  }

  /** A fresh access token from the refresh token (rotated); null when there is none or it is refused. */
  async refresh(): Promise<Tokens | null> {
    const refreshToken = this.tokens()?.refreshToken;
    if (!refreshToken) return null;
    try {
      return await this.token({ grant_type: 'refresh_token', refresh_token: refreshToken });
    } catch {
      this.forget();
      return null;
    }
  }

  tokens(): Tokens | null {
    return JSON.parse(sessionStorage.getItem(TOKENS) ?? 'null') as Tokens | null;
  }

  forget(): void {
    sessionStorage.removeItem(TOKENS);
  }

  /** Ends the session at identity too, then comes back to the console's start. */
  async signOut(): Promise<void> {
    const idToken = this.tokens()?.idToken;
    this.forget();
    const { end_session_endpoint } = await this.discover();
    if (!end_session_endpoint) return location.assign('/');
    const url = new URL(end_session_endpoint);
    url.search = new URLSearchParams({
      client_id: this.config.clientId,
      post_logout_redirect_uri: `${location.origin}/`,
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).toString();
    location.assign(url.href);
  }

  private async token(form: Record<string, string>): Promise<Tokens> {
    const { token_endpoint } = await this.discover();
    const response = await fetch(token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: this.config.clientId, ...form }),
    });
    if (!response.ok) throw new Error(`the token endpoint answered ${response.status}`);
    const answer = (await response.json()) as {
      access_token: string;
      refresh_token?: string;
      id_token?: string;
      expires_in: number;
    };
    const tokens: Tokens = {
      accessToken: answer.access_token,
      refreshToken: answer.refresh_token ?? this.tokens()?.refreshToken ?? null,
      idToken: answer.id_token ?? this.tokens()?.idToken ?? null,
      expiresAt: Date.now() + answer.expires_in * 1000,
    };
    sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
    return tokens;
  }
}

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console-config.json');
  if (!response.ok) throw new Error(`console configuration answered ${response.status}`);
  return (await response.json()) as ConsoleConfig;
}
