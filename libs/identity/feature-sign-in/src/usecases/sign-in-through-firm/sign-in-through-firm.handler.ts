import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';
import {
  AccountRepository,
  FederatedSignInRepository,
  SignInAttemptRepository,
} from '@passerelle/identity/data-access';
import { firmSignInRefusal, type FirmSignInRefusal } from '@passerelle/identity/domain';
import { emailDigest } from '../../email-digest';
import { FirmProviders, type FirmProvider } from '../../firm-providers';

/** How long a person has to sign in at their firm before the hand-over is forgotten. */
const HAND_OVER_MINUTES = 10;

export type FirmAnswer =
  | { ok: true; accountId: string }
  | { ok: false; refusal: FirmSignInRefusal | 'unknown_hand_over' | 'provider_refused' };

/**
 * Signing staff in through their firm's own provider: hand the person over (authorization code +
 * PKCE, state and nonce kept here), then read the provider's answer and find whom it vouches for.
 * Every answer is audited like a password attempt.
 */
@Injectable()
export class SignInThroughFirmHandler {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    private readonly firms: FirmProviders,
    private readonly handOvers: FederatedSignInRepository,
    private readonly accounts: AccountRepository,
    private readonly attempts: SignInAttemptRepository,
  ) {}

  /** The firm's authorization URL for this interaction. */
  async handOver(provider: FirmProvider, interactionUid: string, now: Date): Promise<string> {
    const configuration = await this.firms.configuration(provider);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await this.handOvers.save(
      {
        state,
        interactionUid,
        providerId: provider.id,
        codeVerifier,
        nonce,
        expiresAt: new Date(now.getTime() + HAND_OVER_MINUTES * 60_000),
      },
      now,
    );
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.firms.callbackUrl(),
      scope: 'openid email',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    }).href;
  }

  /** The interaction a provider's answer belongs to (its state), without using the answer up. */
  async interactionOf(state: string, now: Date): Promise<string | null> {
    return (await this.handOvers.find(state, now))?.interactionUid ?? null;
  }

  /** Reads the provider's answer (`callbackQuery`: its query string) for this interaction. */
  async answer(
    interactionUid: string,
    callbackQuery: string,
    sourceAddress: string,
    now: Date,
  ): Promise<FirmAnswer> {
    const state = new URLSearchParams(callbackQuery).get('state') ?? '';
    const handOver = await this.handOvers.take(state, now);
    const provider = handOver ? this.firms.find(handOver.providerId) : null;
    if (!handOver || !provider || handOver.interactionUid !== interactionUid) {
      return { ok: false, refusal: 'unknown_hand_over' };
    }
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(
        await this.firms.configuration(provider),
        new URL(`${this.firms.callbackUrl()}?${callbackQuery}`),
        { pkceCodeVerifier: handOver.codeVerifier, expectedState: state, expectedNonce: handOver.nonce },
      );
      claims = tokens.claims();
    } catch {
      await this.audit(null, '', 'firm_refused', sourceAddress, now);
      return { ok: false, refusal: 'provider_refused' };
    }
    const email = typeof claims?.['email'] === 'string' ? claims['email'] : '';
    const account = email ? await this.accounts.findByEmail(email) : null;
    const vouched = { email: claims?.['email'], email_verified: claims?.['email_verified'] };
    const refusal = firmSignInRefusal(vouched, provider.domains, account);
    if (refusal || !account) {
      await this.audit(account?.id ?? null, email, 'firm_refused', sourceAddress, now);
      return { ok: false, refusal: refusal ?? 'no_staff_account' };
    }
    // The firm vouched for the address: an account still waiting for its password is now in use.
    if (account.status === 'invited') await this.accounts.activate(account.id, now);
    await this.audit(account.id, email, 'firm_signed_in', sourceAddress, now);
    return { ok: true, accountId: account.id };
  }

  private audit(
    accountId: string | null,
    email: string,
    outcome: 'firm_signed_in' | 'firm_refused',
    sourceAddress: string,
    now: Date,
  ): Promise<void> {
    return this.attempts.record({
      id: randomUUID(),
      accountId,
      emailDigest: emailDigest(this.config.INTERNAL_IDENTITY_SECRET, email),
      sourceAddress,
      outcome,
      attemptedAt: now,
    });
  }
}
