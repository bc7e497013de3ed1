import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountRepository } from '@passerelle/identity/data-access';
import type { EraseAccountCommand } from './erase-account.command';

/**
 * A forgotten person can no longer sign in: their account goes, with every session, grant and
 * refresh token, so a console still open stops at its next refresh (the access token it holds
 * expires within IDENTITY_ACCESS_TOKEN_SECONDS). Idempotent: a second delivery finds nothing.
 */
@Injectable()
export class EraseAccountHandler {
  constructor(private readonly accounts: AccountRepository) {}

  execute(manager: EntityManager, command: EraseAccountCommand): Promise<boolean> {
    return this.accounts.eraseCandidate(manager, command.candidateId);
  }
}
