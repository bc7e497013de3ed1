import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { AccountRepository, InvitationIssuer, type InvitationEntity } from '@passerelle/identity/data-access';
import { mayManageAccount } from '../../account-access';
import { AccountsError, AccountsErrorCode } from '../../accounts.error';
import type { ResendInvitationCommand } from './resend-invitation.command';

/** Ops of the person's offices, or their coach, re-send an invitation not yet accepted. */
@Injectable()
export class ResendInvitationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly invitations: InvitationIssuer,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: ResendInvitationCommand): Promise<InvitationEntity> {
    const account = await this.accounts.findById(command.accountId);
    const coach = account?.candidateId ? await this.accounts.coachFollowing(account.candidateId) : null;
    // Out of scope reads as absent: nobody learns which accounts exist elsewhere.
    if (!account || !mayManageAccount(identity, account, coach)) {
      throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account among those you manage');
    }
    if (account.status !== 'invited') {
      throw new AccountsError(
        AccountsErrorCode.AlreadyActive,
        'this person has already set their password; they can sign in',
      );
    }
    const now = this.clock.now();
    return this.dataSource.transaction((manager) =>
      this.invitations.issue(manager, {
        accountId: account.id,
        purpose: 'invitation',
        actor: identity.subject,
        now,
      }),
    );
  }
}
