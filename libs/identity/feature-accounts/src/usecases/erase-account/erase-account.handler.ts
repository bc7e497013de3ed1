import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountNotOpenedRepository, AccountRepository } from '@passerelle/identity/data-access';
import type { EraseAccountCommand } from './erase-account.command';

/**
 * A forgotten person can no longer sign in: their account goes, with every session, grant and
 * refresh token (and the ops' list of people without an account), so a console still open stops at its next refresh (the access token it holds
 * expires within IDENTITY_ACCESS_TOKEN_SECONDS). Idempotent: a second delivery finds nothing.
 */
@Injectable()
export class EraseAccountHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly notOpened: AccountNotOpenedRepository,
  ) {}

  async execute(manager: EntityManager, command: EraseAccountCommand): Promise<boolean> {
    // A person listed for ops as without an account (decision 0048) leaves that list too.
    await this.notOpened.clear(manager, [command.candidateId]);
    return this.accounts.eraseCandidate(manager, command.candidateId);
  }
}
