import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AccountAuditRepository,
  AccountRepository,
  InvitationRepository,
  type AccountEntity,
} from '@passerelle/identity/data-access';
import {
  hashPassword,
  invitationState,
  parseInvitationToken,
  passwordRefusal,
  secretMatches,
  type PasswordRefusal,
} from '@passerelle/identity/domain';
import type { AcceptInvitationCommand } from './accept-invitation.command';

/** Why an invitation link opens nothing: the page says which, calmly, and what to do. */
export type InvitationProblem = 'invalid' | 'used' | 'expired' | 'superseded';

export type InvitationView =
  | { ok: true; account: Pick<AccountEntity, 'id' | 'email' | 'displayName' | 'language'> }
  /** `language`: the account's, once the link is known to be genuine. */
  | { ok: false; problem: InvitationProblem; language?: AccountEntity['language'] };

export type AcceptInvitationResult =
  | { ok: true; account: Pick<AccountEntity, 'id' | 'email' | 'language'> }
  | { ok: false; problem: InvitationProblem; language?: AccountEntity['language'] }
  | { ok: false; refusal: PasswordRefusal | 'mismatch'; view: Extract<InvitationView, { ok: true }> };

/**
 * Following an invitation: the person sets their first password, the account becomes active, the
 * link is used up. The link's secret is checked against its digest; a wrong one reads as invalid.
 */
@Injectable()
export class AcceptInvitationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly invitations: InvitationRepository,
    private readonly audit: AccountAuditRepository,
  ) {}

  async view(token: string, now: Date): Promise<InvitationView> {
    const parsed = parseInvitationToken(token);
    if (!parsed) return { ok: false, problem: 'invalid' };
    const invitation = await this.invitations.findById(parsed.invitationId);
    if (!invitation || !secretMatches(parsed.secret, invitation.secretDigest)) {
      return { ok: false, problem: 'invalid' };
    }
    const account = await this.accounts.findById(invitation.accountId);
    if (!account || account.status === 'disabled') return { ok: false, problem: 'invalid' };
    const state = invitationState(invitation, now);
    if (state !== 'open') {
      return { ok: false, problem: state === 'not_sent' ? 'invalid' : state, language: account.language };
    }
    const { id, email, displayName, language } = account;
    return { ok: true, account: { id, email, displayName, language } };
  }

  async execute(command: AcceptInvitationCommand): Promise<AcceptInvitationResult> {
    const parsed = parseInvitationToken(command.token);
    const view = await this.view(command.token, command.now);
    if (!view.ok || !parsed) return view.ok ? { ok: false, problem: 'invalid' } : view;
    if (command.password !== command.confirmation) return { ok: false, refusal: 'mismatch', view };
    const refusal = passwordRefusal(command.password, { email: view.account.email });
    if (refusal) return { ok: false, refusal, view };
    // Hashed before the transaction: the row lock is held for a moment, not for the hash's 300 ms.
    const passwordHash = await hashPassword(command.password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.invitations.findForUpdate(manager, parsed.invitationId);
      // Another tab used it meanwhile.
      if (!invitation || invitationState(invitation, command.now) !== 'open') {
        return { ok: false, problem: 'used', language: view.account.language } as const;
      }
      await this.invitations.markUsed(manager, invitation.id, command.now);
      await this.accounts.update(manager, view.account.id, { passwordHash, status: 'active' }, command.now);
      await this.audit.record(manager, {
        accountId: view.account.id,
        action: 'password_set',
        actor: view.account.id,
        at: command.now,
      });
      const { id, email, language } = view.account;
      return { ok: true, account: { id, email, language } } as const;
    });
  }
}
