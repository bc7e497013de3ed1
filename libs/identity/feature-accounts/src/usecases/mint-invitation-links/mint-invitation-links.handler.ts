import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';
import { InvitationRepository } from '@passerelle/identity/data-access';
import {
  identityPageUrl,
  invitationState,
  invitationToken,
  newInvitationSecret,
} from '@passerelle/identity/domain';
import type { MintedLink } from '../mint-invitation-link/mint-invitation-link.handler';
import type { MintInvitationLinksCommand } from './mint-invitation-links.command';

/**
 * Mints the links of many invitations in one transaction (the single route asks it for one): the
 * rows locked in one statement (id order, so two calls wait for each other and never deadlock),
 * each judged by `invitationState`, the new digests written in one statement. An id asked twice
 * in one call is minted once and both get that (valid) link.
 */
@Injectable()
export class MintInvitationLinksHandler {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationRepository,
  ) {}

  execute(command: MintInvitationLinksCommand): Promise<Map<string, MintedLink>> {
    return this.dataSource.transaction(async (manager) => {
      const ids = [...new Set(command.invitationIds)];
      const found = await this.invitations.findManyForUpdate(manager, ids);
      const byId = new Map(found.map((invitation) => [invitation.id, invitation]));
      const answers = new Map<string, MintedLink>();
      const digests: { id: string; secretDigest: string }[] = [];
      for (const id of ids) {
        const invitation = byId.get(id);
        if (!invitation) {
          answers.set(id, { ok: false, reason: 'not_found' });
          continue;
        }
        const state = invitationState(invitation, command.now);
        if (state !== 'open' && state !== 'not_sent') {
          answers.set(id, { ok: false, reason: state });
          continue;
        }
        const { secret, digest } = newInvitationSecret();
        digests.push({ id, secretDigest: digest });
        answers.set(id, {
          ok: true,
          url: identityPageUrl(this.config.IDENTITY_ISSUER, `invitation/${invitationToken(id, secret)}`),
          expiresAt: invitation.expiresAt,
          purpose: invitation.purpose,
          accountId: invitation.accountId,
        });
      }
      await this.invitations.saveSecretDigests(manager, digests);
      return answers;
    });
  }
}
