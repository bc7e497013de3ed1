import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';
import { InvitationRepository } from '@passerelle/identity/data-access';
import {
  identityPageUrl,
  invitationState,
  invitationToken,
  newInvitationSecret,
  type InvitationPurpose,
} from '@passerelle/identity/domain';
import type { MintInvitationLinkCommand } from './mint-invitation-link.command';

export type MintedLink =
  | { ok: true; url: string; expiresAt: Date; purpose: InvitationPurpose; accountId: string }
  | { ok: false; reason: 'not_found' | 'used' | 'expired' | 'superseded' };

/**
 * Mints the invitation's secret now, keeps its digest, and answers the link. Minting again (a
 * redelivery after a crash) replaces the secret: only the link in the last email written works.
 */
@Injectable()
export class MintInvitationLinkHandler {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationRepository,
  ) {}

  execute(command: MintInvitationLinkCommand): Promise<MintedLink> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.invitations.findForUpdate(manager, command.invitationId);
      if (!invitation) return { ok: false, reason: 'not_found' };
      const state = invitationState(invitation, command.now);
      if (state !== 'open' && state !== 'not_sent') return { ok: false, reason: state };
      const { secret, digest } = newInvitationSecret();
      await this.invitations.saveSecretDigest(manager, invitation.id, digest);
      return {
        ok: true,
        url: identityPageUrl(
          this.config.IDENTITY_ISSUER,
          `invitation/${invitationToken(invitation.id, secret)}`,
        ),
        expiresAt: invitation.expiresAt,
        purpose: invitation.purpose,
        accountId: invitation.accountId,
      };
    });
  }
}
