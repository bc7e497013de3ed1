import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';
import { identityPageUrl } from '@passerelle/identity/domain';

export type FirmProvider = IdentityConfig['IDENTITY_FEDERATED_PROVIDERS'][number];

/**
 * The firms' own OpenID providers staff may sign in through (IDENTITY_FEDERATED_PROVIDERS), each
 * discovered once: identity is their relying party, with a client id and secret of its own.
 */
@Injectable()
export class FirmProviders {
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(@Inject(SERVICE_CONFIG) private readonly config: IdentityConfig) {}

  all(): readonly FirmProvider[] {
    return this.config.IDENTITY_FEDERATED_PROVIDERS;
  }

  find(id: string): FirmProvider | null {
    return this.all().find((provider) => provider.id === id) ?? null;
  }

  /** Where a firm's provider sends people back: one address for all firms, beside the issuer. */
  callbackUrl(): string {
    return identityPageUrl(this.config.IDENTITY_ISSUER, 'federation/callback');
  }

  configuration(provider: FirmProvider): Promise<oidc.Configuration> {
    let found = this.discovered.get(provider.id);
    if (!found) {
      const issuer = new URL(provider.issuer);
      found = oidc.discovery(
        issuer,
        provider.clientId,
        provider.clientSecret,
        undefined,
        // Plain HTTP only for a provider on this machine (tests, a local demo).
        issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
      // A failed discovery is tried again next time, not remembered.
      found.catch(() => this.discovered.delete(provider.id));
      this.discovered.set(provider.id, found);
    }
    return found;
  }
}
