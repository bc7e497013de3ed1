import type { IncomingMessage, ServerResponse } from 'node:http';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import Provider, {
  type Configuration,
  type InteractionResults,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import { Clock } from '@passerelle/shared/clock';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';
import { accessTokenClaims } from '@passerelle/identity/domain';
import {
  AccountRepository,
  OidcRecordRepository,
  SigningKeyRepository,
  type SigningKeyEntity,
} from '@passerelle/identity/data-access';
import { postgresAdapter } from './oidc-adapter';
import { pageLanguage, problemPage } from './sign-in-page';

/** The web console: a public client (no secret), so PKCE is what binds a code to its requester. */
export const CONSOLE_CLIENT_ID = 'passerelle-console';

/** The OpenID provider (oidc-provider), configured from identity's settings and its database. */
@Injectable()
export class OidcProvider implements OnModuleInit {
  private provider: Provider | null = null;
  private handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    private readonly accounts: AccountRepository,
    private readonly records: OidcRecordRepository,
    private readonly signingKeys: SigningKeyRepository,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    const stored = await this.signingKeys.all();
    const keys =
      stored.length > 0 ? stored : await this.signingKeys.insertFirst(newSigningKey(this.clock.now()));
    this.provider = new Provider(this.config.IDENTITY_ISSUER, this.configuration(keys));
    // Behind the platform's proxy the issuer's scheme and host come from X-Forwarded-*.
    this.provider.proxy = true;
    this.handler = this.provider.callback();
  }

  /**
   * Where a finished sign-in sends the browser: the origins of every client's redirect URIs (the
   * console's, the firms' applications'). The sign-in pages' `form-action` must name them, since
   * browsers apply it to the redirects that follow a form's POST.
   */
  get returnOrigins(): string[] {
    const uris = [
      ...this.config.IDENTITY_CONSOLE_REDIRECT_URIS,
      ...this.config.IDENTITY_RELYING_PARTIES.flatMap((party) => party.redirectUris),
    ];
    return [...new Set(uris.map((uri) => new URL(uri).origin))];
  }

  /** Serves an OpenID request; `req.url` is the path below the issuer (`/auth`, `/token`, `/jwks`...). */
  handle(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, mountPath: string): void {
    req.originalUrl = req.originalUrl ?? req.url;
    req.url = (req.url ?? '/').slice(mountPath.length) || '/';
    this.ready().handler(req, res);
  }

  interactionDetails(req: IncomingMessage, res: ServerResponse) {
    return this.ready().provider.interactionDetails(req, res);
  }

  interactionFinished(req: IncomingMessage, res: ServerResponse, result: InteractionResults): Promise<void> {
    return this.ready().provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  /** Stores the interaction's result without redirecting; the URL that resumes the authorization. */
  interactionResult(req: IncomingMessage, res: ServerResponse, result: InteractionResults): Promise<string> {
    return this.ready().provider.interactionResult(req, res, result, { mergeWithLastSubmission: false });
  }

  private ready(): { provider: Provider; handler: (req: IncomingMessage, res: ServerResponse) => void } {
    if (!this.provider || !this.handler) throw new Error('the OpenID provider is not started yet');
    return { provider: this.provider, handler: this.handler };
  }

  private configuration(keys: SigningKeyEntity[]): Configuration {
    const { config, accounts } = this;
    const audience = config.IDENTITY_AUDIENCE;
    const consoleOrigins = new Set(config.IDENTITY_CONSOLE_REDIRECT_URIS.map((uri) => new URL(uri).origin));
    return {
      adapter: postgresAdapter(this.records, this.clock),
      clients: [
        {
          client_id: CONSOLE_CLIENT_ID,
          token_endpoint_auth_method: 'none',
          redirect_uris: config.IDENTITY_CONSOLE_REDIRECT_URIS,
          post_logout_redirect_uris: config.IDENTITY_CONSOLE_LOGOUT_URIS,
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
        },
        // Other applications signing their users in here (how a firm's identity serves Passerelle).
        ...config.IDENTITY_RELYING_PARTIES.map((party) => ({
          client_id: party.clientId,
          client_secret: party.clientSecret,
          token_endpoint_auth_method: 'client_secret_basic' as const,
          redirect_uris: party.redirectUris,
          grant_types: ['authorization_code'],
          response_types: ['code' as const],
        })),
      ],
      // The newest key signs; older ones stay published until every token they signed has expired.
      jwks: { keys: [...keys].reverse().map((key) => key.privateJwk) as never },
      cookies: { keys: config.IDENTITY_COOKIE_KEYS },
      // The code flow only: no token ever travels in a URL fragment.
      responseTypes: ['code'],
      pkce: { required: () => true },
      scopes: ['openid', 'offline_access', 'profile', 'email'],
      // `amr` (RFC 8176) says how the person signed in: ["pwd"], or ["pwd", "otp"] with a second factor.
      claims: { openid: ['sub', 'amr'], profile: ['name', 'locale'], email: ['email', 'email_verified'] },
      // The ID token carries the scopes' claims (email): a relying party reads them there.
      conformIdTokenClaims: false,
      findAccount: async (_ctx, sub) => {
        const account = await accounts.findById(sub);
        if (!account || account.status !== 'active') return undefined;
        return {
          accountId: account.id,
          claims: async () => ({
            sub: account.id,
            name: account.displayName,
            locale: account.language,
            email: account.email,
            // An account is active once its address received the invitation and was used to answer it.
            email_verified: true,
          }),
        };
      },
      // The claims the gateway reads, from the account as stored now (never from the request).
      extraTokenClaims: async (ctx, token) => {
        if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
        const account = await accounts.findById(token.accountId);
        const claims = account && account.status === 'active' ? accessTokenClaims(account) : null;
        if (!claims) return undefined;
        // How the person signed in (RFC 8176), kept by the code or the refresh token exchanged.
        const { AuthorizationCode, RefreshToken } = ctx.oidc.entities;
        const amr = AuthorizationCode?.amr ?? RefreshToken?.amr;
        return amr ? { ...claims, amr } : claims;
      },
      features: {
        devInteractions: { enabled: false },
        revocation: { enabled: true },
        rpInitiatedLogout: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => audience,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope: 'openid',
            audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: config.IDENTITY_ACCESS_TOKEN_SECONDS,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      // The console is first-party: signing in is consenting, so there is no consent screen.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const session = ctx.oidc.session;
        const client = ctx.oidc.client;
        if (!session?.accountId || !client) return undefined;
        const grantId = ctx.oidc.result?.['consent']?.grantId ?? session.grantIdFor(client.clientId);
        if (grantId) return ctx.oidc.provider.Grant.find(grantId);
        const grant = new ctx.oidc.provider.Grant({
          clientId: client.clientId,
          accountId: session.accountId,
        });
        grant.addOIDCScope('openid offline_access profile email');
        grant.addResourceScope(audience, 'openid');
        await grant.save();
        return grant;
      },
      issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
      clientBasedCORS: (_ctx, origin) => consoleOrigins.has(origin),
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      // The provider's own error page, calm and in the person's language, nothing loaded from elsewhere.
      renderError: async (ctx, out) => {
        const language = pageLanguage(ctx.oidc?.params?.['ui_locales'], ctx.get('accept-language'));
        ctx.type = 'html';
        ctx.body = problemPage({ language, code: String(out['error'] ?? 'server_error') });
      },
      ttl: {
        AccessToken: config.IDENTITY_ACCESS_TOKEN_SECONDS,
        AuthorizationCode: 60,
        IdToken: config.IDENTITY_ACCESS_TOKEN_SECONDS,
        Interaction: 15 * 60,
        Session: 12 * 3600,
        Grant: 14 * 24 * 3600,
        RefreshToken: 14 * 24 * 3600,
      },
    };
  }
}

function newSigningKey(now: Date): SigningKeyEntity {
  const kid = randomUUID();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateJwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateJwk, createdAt: now };
}
