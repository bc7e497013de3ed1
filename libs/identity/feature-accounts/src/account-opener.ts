import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SERVICE_CONFIG, type IdentityConfig } from '@passerelle/shared/config';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  AccountAuditRepository,
  AccountRepository,
  InvitationRepository,
  type AccountEntity,
  type InvitationEntity,
} from '@passerelle/identity/data-access';
import { invitationExpiry } from '@passerelle/identity/domain';

export type NewAccount = Pick<
  AccountEntity,
  | 'email'
  | 'displayName'
  | 'role'
  | 'language'
  | 'candidateId'
  | 'coachId'
  | 'officeIds'
  | 'allOffices'
  | 'sponsorIds'
>;

/**
 * The one way an account comes to be, and the one way an invitation leaves: in the caller's
 * transaction, the account (invited, no password), its audit, and an invitation announced by
 * `InvitationIssued` (ids only; the notifier asks for the link, decision 0018).
 */
@Injectable()
export class AccountOpener {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    private readonly accounts: AccountRepository,
    private readonly invitations: InvitationRepository,
    private readonly audit: AccountAuditRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async open(manager: EntityManager, account: NewAccount, actor: string, now: Date): Promise<AccountEntity> {
    const row: AccountEntity = {
      id: randomUUID(),
      ...account,
      email: account.email.trim().toLowerCase(),
      status: 'invited',
      passwordHash: null,
      failedSignIns: 0,
      lockedUntil: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.accounts.insert(row, manager);
    await this.audit.record(manager, { accountId: row.id, action: 'opened', actor, at: now });
    await this.invite(manager, row.id, actor, now);
    return row;
  }

  /** A new invitation for the account; any earlier one stops working. */
  async invite(
    manager: EntityManager,
    accountId: string,
    actor: string,
    now: Date,
  ): Promise<InvitationEntity> {
    const invitation = await this.invitations.issue(manager, {
      accountId,
      purpose: 'invitation',
      issuedAt: now,
      expiresAt: invitationExpiry(now, this.config.IDENTITY_INVITATION_DAYS),
    });
    await this.audit.record(manager, { accountId, action: 'invitation_sent', actor, at: now });
    await this.outbox.emit(manager, 'InvitationIssued.v1', accountId, {
      invitationId: invitation.id,
      accountId,
      purpose: invitation.purpose,
      expiresAt: invitation.expiresAt.toISOString(),
      issuedAt: now.toISOString(),
    });
    return invitation;
  }
}
