import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, type ServiceConfig } from '@passerelle/shared/config';
import {
  AccountAuditRepository,
  AccountRepository,
  InvitationIssuer,
  InvitationRepository,
  SignInAttemptRepository,
  type AccountEntity,
  type SignInOutcome,
} from '@passerelle/identity/data-access';
import { signInLinkWindowStart, signInLinkWithheld } from '@passerelle/identity/domain';
import { emailDigest } from '../../email-digest';
import { addressBlocked } from '../address-throttle';
import type { RequestSignInLinkCommand } from './request-sign-in-link.command';

/**
 * Every request takes at least this long, whatever came of it: an address with an account (a
 * transaction) and one without (nothing to write) answer alike, in time as in words.
 */
export const SIGN_IN_LINK_ANSWER_MS = 400;

const OUTCOMES = {
  unknown_account: 'link_unknown_account',
  not_active: 'link_not_active',
  limited: 'link_limited',
} as const satisfies Record<string, SignInOutcome>;

/**
 * "Forgot my password": an account that is active or invited gets a sign-in link (an invitation
 * of purpose `sign_in_link`, minutes long, superseding the open ones) through the invitations'
 * one way out, under its limit. Nothing is told to the caller: the answer is the same whether
 * the address has an account, a disabled one, or is over a limit. Each request is audited.
 */
@Injectable()
export class RequestSignInLinkHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly invitations: InvitationRepository,
    private readonly issuer: InvitationIssuer,
    private readonly audit: AccountAuditRepository,
    private readonly attempts: SignInAttemptRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async execute(command: RequestSignInLinkCommand): Promise<void> {
    const floor = sleep(SIGN_IN_LINK_ANSWER_MS);
    const { now } = command;
    const blocked = await addressBlocked(this.attempts, command.sourceAddress, now);
    const account = blocked ? null : await this.accounts.findByEmail(command.email);
    const outcome = blocked ? 'link_blocked' : await this.issueFor(account, now);
    await this.attempts.record({
      id: randomUUID(),
      accountId: account?.id ?? null,
      emailDigest: emailDigest(this.config.INTERNAL_IDENTITY_SECRET, command.email),
      sourceAddress: command.sourceAddress,
      outcome,
      attemptedAt: now,
    });
    await floor;
  }

  /** Under the account's lock, so two requests at once cannot both pass its limit. */
  private async issueFor(account: AccountEntity | null, now: Date): Promise<SignInOutcome> {
    if (!account) return OUTCOMES.unknown_account;
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.accounts.findForUpdate(manager, account.id);
      const links = locked
        ? await this.invitations.countIssuedSince(
            manager,
            account.id,
            'sign_in_link',
            signInLinkWindowStart(now),
          )
        : 0;
      const withheld = signInLinkWithheld(locked, links);
      // The person asking is whoever knew the address: not an account, so the actor says where from.
      const actor = 'sign-in-page';
      if (withheld === 'limited') {
        await this.audit.record(manager, {
          accountId: account.id,
          action: 'sign_in_link_limited',
          actor,
          at: now,
        });
      }
      if (withheld) return OUTCOMES[withheld];
      await this.issuer.issue(manager, { accountId: account.id, purpose: 'sign_in_link', actor, now });
      return 'link_sent';
    });
  }
}
