import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { Clock } from '@passerelle/shared/clock';
import { AccountAuditRepository, AccountRepository } from '@passerelle/identity/data-access';
import { mayManageAccount } from '../../account-access';
import { AccountsError, AccountsErrorCode } from '../../accounts.error';
import type { RevokeSessionsCommand } from './revoke-sessions.command';

/**
 * A person ends all their own sessions, or ops end someone's. Sessions, grants and refresh tokens
 * go at once; an access token already issued works until it expires (IDENTITY_ACCESS_TOKEN_SECONDS).
 */
@Injectable()
export class RevokeSessionsHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly audit: AccountAuditRepository,
    private readonly clock: Clock,
  ) {}

  async execute(identity: Identity, command: RevokeSessionsCommand): Promise<number> {
    const accountId = command.accountId ?? identity.subject;
    const account = await this.accounts.findById(accountId);
    const own = accountId === identity.subject;
    if (!account || (!own && (identity.role !== 'ops' || !mayManageAccount(identity, account, null)))) {
      throw new AccountsError(AccountsErrorCode.AccountNotFound, 'no such account among those you manage');
    }
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const ended = await this.accounts.revokeSessions(manager, account.id);
      await this.audit.record(manager, {
        accountId: account.id,
        action: 'sessions_revoked',
        actor: identity.subject,
        at: now,
      });
      return ended;
    });
  }
}
