import { Injectable } from '@nestjs/common';
import type { InvitationPurpose } from '@passerelle/identity/domain';
import { MintInvitationLinksHandler } from '../mint-invitation-links/mint-invitation-links.handler';
import type { MintInvitationLinkCommand } from './mint-invitation-link.command';

export type MintedLink =
  | { ok: true; url: string; expiresAt: Date; purpose: InvitationPurpose; accountId: string }
  | { ok: false; reason: 'not_found' | 'used' | 'expired' | 'superseded' };

/**
 * Mints the invitation's secret now, keeps its digest, and answers the link: the batch's rules
 * (`MintInvitationLinksHandler`) for one invitation. Minting again (a redelivery after a crash)
 * replaces the secret: only the link in the last email written works.
 */
@Injectable()
export class MintInvitationLinkHandler {
  constructor(private readonly many: MintInvitationLinksHandler) {}

  async execute(command: MintInvitationLinkCommand): Promise<MintedLink> {
    const answers = await this.many.execute({ invitationIds: [command.invitationId], now: command.now });
    return answers.get(command.invitationId) ?? { ok: false, reason: 'not_found' };
  }
}
