import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { pageRequest, parseInput } from '@passerelle/shared/graphql';
import {
  AccountNotOpenedRepository,
  AccountRepository,
  type AccountEntity,
} from '@passerelle/identity/data-access';
import type { Account, AccountNotOpened, Invitation } from '@passerelle/identity/graphql-types';
import { mayManageAccount } from './account-access';
import { toAccountNotOpenedObject, toAccountObject, toInvitationObject } from './account.object';
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
    private readonly notOpened: AccountNotOpenedRepository,
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

  /** Decision 0048: the people an enrolment opened no account for, for ops of their offices. */
  @Query('accountsNotOpened')
  @Roles('ops')
  async accountsNotOpened(
    @Args('first') first: number | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<AccountNotOpened[]> {
    const { first: limit } = pageRequest(first, null);
    if (identity.role !== 'ops') return [];
    const rows = await this.notOpened.list(identity.allOffices ? null : identity.officeIds, limit);
    return rows.map(toAccountNotOpenedObject);
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
