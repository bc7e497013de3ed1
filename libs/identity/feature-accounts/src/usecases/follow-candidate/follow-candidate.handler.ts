import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountRepository } from '@passerelle/identity/data-access';
import type { FollowCandidateCommand } from './follow-candidate.command';

/** Keeps the person's coach (the latest assignment wins, whatever order events arrive in). */
@Injectable()
export class FollowCandidateHandler {
  constructor(private readonly accounts: AccountRepository) {}

  execute(manager: EntityManager, command: FollowCandidateCommand): Promise<void> {
    return this.accounts.saveFollow(manager, command);
  }
}
