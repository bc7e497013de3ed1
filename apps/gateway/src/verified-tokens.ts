import { ExpiringEntries, type Identity } from '@passerelle/shared/auth';

/**
 * Bearer tokens the gateway has verified, with the identity they gave, for a short while: a console
 * sends the same token with every request, and checking its RS256 signature again was about 7% of
 * the gateway's CPU per request (docs/benchmarks.md, bench:gateway). A token is kept until its own
 * expiry or `keepSeconds`, whichever comes first, so a key withdrawn from the issuer's set stops
 * working within that bound; refused tokens are never kept (each is checked again, and logged).
 */
export class VerifiedTokens {
  private readonly verified: ExpiringEntries<Identity>;

  constructor(
    private readonly now: () => Date,
    private readonly options: { keepSeconds?: number; maxTokens?: number } = {},
  ) {
    this.verified = new ExpiringEntries(options.maxTokens ?? 10_000);
  }

  find(token: string): Identity | undefined {
    return this.verified.get(token, this.now().getTime());
  }

  /** `expiresAt`: the token's `exp` in seconds; a token without one is not kept. */
  keep(token: string, identity: Identity, expiresAt: number | undefined): void {
    if (typeof expiresAt !== 'number') return;
    const now = this.now().getTime();
    const until = Math.min(expiresAt * 1000, now + (this.options.keepSeconds ?? 60) * 1000);
    if (until > now) this.verified.set(token, identity, until);
  }
}
