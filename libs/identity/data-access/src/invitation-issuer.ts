import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';
import { randomUUID } from 'node:crypto';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { createEvent, OutboxWriter } from '@passerelle/shared/messaging';
import { invitationExpiry, type InvitationPurpose } from '@passerelle/identity/domain';
import type { InvitationEntity } from './entities/invitation.entity';
import { AccountAuditRepository } from './repositories/account-audit.repository';
import { InvitationRepository } from './repositories/invitation.repository';

/**
 * The one way an invitation or a sign-in link leaves, in the caller's transaction: the row
 * (superseding the account's open ones), its audit, and `InvitationIssued` on the outbox (ids
 * only; the notifier asks for the link, decision 0018). Opening an account, re-sending an
 * invitation and the sign-in page's "forgot my password" all come here.
 */
@Injectable()
export class InvitationIssuer {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    private readonly invitations: InvitationRepository,
    private readonly audit: AccountAuditRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async issue(
    manager: EntityManager,
    request: { accountId: string; purpose: InvitationPurpose; actor: string; now: Date },
  ): Promise<InvitationEntity> {
    const { accountId, purpose, actor, now } = request;
    const invitation = await this.invitations.issue(manager, {
      accountId,
      purpose,
      issuedAt: now,
      expiresAt: invitationExpiry(purpose, now, {
        invitationDays: this.config.IDENTITY_INVITATION_DAYS,
        signInLinkMinutes: this.config.IDENTITY_SIGN_IN_LINK_MINUTES,
      }),
    });
    const action = purpose === 'invitation' ? 'invitation_sent' : 'sign_in_link_sent';
    await this.audit.record(manager, { accountId, action, actor, at: now });
    await this.outbox.emit(manager, 'InvitationIssued.v1', accountId, {
      invitationId: invitation.id,
      accountId,
      purpose,
      expiresAt: invitation.expiresAt.toISOString(),
      issuedAt: now.toISOString(),
    });
    return invitation;
  }

  /**
   * What `issue` writes for a new account's first invitation, not written: the row, its audit and
   * `InvitationIssued` (created in the caller's context, so under its cause). The batch form of
   * opening accounts writes many of these with one statement per table (decision 0048); a new
   * account has no open invitation to supersede.
   */
  firstInvitation(
    accountId: string,
    actor: string,
    now: Date,
  ): {
    invitation: InvitationEntity;
    audit: { accountId: string; action: 'invitation_sent'; actor: string; at: Date };
    event: AnyEvent;
  } {
    const invitation: InvitationEntity = {
      id: randomUUID(),
      accountId,
      purpose: 'invitation',
      issuedAt: now,
      expiresAt: invitationExpiry('invitation', now, {
        invitationDays: this.config.IDENTITY_INVITATION_DAYS,
        signInLinkMinutes: this.config.IDENTITY_SIGN_IN_LINK_MINUTES,
      }),
      secretDigest: null,
      usedAt: null,
      supersededAt: null,
    };
    const event = createEvent('InvitationIssued.v1', accountId, {
      invitationId: invitation.id,
      accountId,
      purpose: 'invitation',
      expiresAt: invitation.expiresAt.toISOString(),
      issuedAt: now.toISOString(),
    }) as AnyEvent;
    return { invitation, audit: { accountId, action: 'invitation_sent', actor, at: now }, event };
  }
}
