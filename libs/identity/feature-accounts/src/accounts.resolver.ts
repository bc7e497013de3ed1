import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { parseInput } from '@passerelle/shared/graphql';
import { AccountRepository, type AccountEntity } from '@passerelle/identity/data-access';
import type { Account, Invitation } from '@passerelle/identity/graphql-types';
import { mayManageAccount } from './account-access';
import { toAccountObject, toInvitationObject } from './account.object';
import { invalidAccountInput } from './accounts.error';
import { createStaffAccountCommandSchema } from './usecases/create-staff-account/create-staff-account.command';
import { CreateStaffAccountHandler } from './usecases/create-staff-account/create-staff-account.handler';
import { ResendInvitationHandler } from './usecases/resend-invitation/resend-invitation.handler';
import { RevokeSessionsHandler } from './usecases/revoke-sessions/revoke-sessions.handler';

@Resolver('Account')
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly createStaffAccountHandler: CreateStaffAccountHandler,
    private readonly resendInvitationHandler: ResendInvitationHandler,
    private readonly revokeSessionsHandler: RevokeSessionsHandler,
  ) {}

  @Query('myAccount')
  @Roles('candidate', 'coach', 'ops', 'sponsor', 'committee')
  async myAccount(@CurrentIdentity() identity: Identity): Promise<Account | null> {
    const account = await this.accounts.findById(identity.subject).catch(() => null);
    return account ? toAccountObject(account) : null;
  }

  @Query('account')
  @Roles('coach', 'ops')
  async account(@Args('id') id: string, @CurrentIdentity() identity: Identity): Promise<Account | null> {
    return this.visible(identity, await this.accounts.findById(id));
  }

  @Query('accountOfCandidate')
  @Roles('coach', 'ops')
  async accountOfCandidate(
    @Args('candidateId') candidateId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<Account | null> {
    return this.visible(identity, await this.accounts.findByCandidateId(candidateId));
  }

  @Mutation('createStaffAccount')
  @Roles('ops')
  async createStaffAccount(
    @Args('input') input: unknown,
    @CurrentIdentity() identity: Identity,
  ): Promise<Account> {
    const command = parseInput(createStaffAccountCommandSchema, input, invalidAccountInput);
    return toAccountObject(await this.createStaffAccountHandler.execute(identity, command));
  }

  @Mutation('resendInvitation')
  @Roles('coach', 'ops')
  async resendInvitation(
    @Args('accountId') accountId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<Invitation> {
    return toInvitationObject(await this.resendInvitationHandler.execute(identity, { accountId }));
  }

  @Mutation('revokeSessions')
  @Roles('candidate', 'coach', 'ops', 'sponsor')
  revokeSessions(
    @Args('accountId') accountId: string | null | undefined,
    @CurrentIdentity() identity: Identity,
  ): Promise<number> {
    return this.revokeSessionsHandler.execute(identity, { accountId: accountId ?? null });
  }

  private async visible(identity: Identity, account: AccountEntity | null): Promise<Account | null> {
    if (!account) return null;
    const coach = account.candidateId ? await this.accounts.coachFollowing(account.candidateId) : null;
    return mayManageAccount(identity, account, coach) ? toAccountObject(account) : null;
  }
}
