import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxWriter } from '@passerelle/shared/messaging';
import {
  AccountAuditRepository,
  AccountRepository,
  InvitationRepository,
  SecondFactorRepository,
  type AccountEntity,
} from '@passerelle/identity/data-access';
import {
  hashPassword,
  invitationState,
  parseInvitationToken,
  passwordRefusal,
  secretMatches,
  throttleAfterReset,
  type InvitationPurpose,
  type PasswordRefusal,
} from '@passerelle/identity/domain';
import type { AcceptInvitationCommand } from './accept-invitation.command';

/** Why an invitation link opens nothing: the page says which, calmly, and what to do. */
export type InvitationProblem = 'invalid' | 'used' | 'expired' | 'superseded';

/** A link that opens nothing. `language` and `purpose`: once the link is known to be genuine. */
export interface InvitationProblemView {
  ok: false;
  problem: InvitationProblem;
  language?: AccountEntity['language'];
  purpose?: InvitationPurpose;
}

export type InvitationView =
  | {
      ok: true;
      purpose: InvitationPurpose;
      account: Pick<AccountEntity, 'id' | 'email' | 'displayName' | 'language'>;
    }
  | InvitationProblemView;

export type AcceptInvitationResult =
  | { ok: true; purpose: InvitationPurpose; account: Pick<AccountEntity, 'id' | 'email' | 'language'> }
  | InvitationProblemView
  | { ok: false; refusal: PasswordRefusal | 'mismatch'; view: Extract<InvitationView, { ok: true }> };

/**
 * Following an invitation: the person sets their first password, the account becomes active, the
 * link is used up. A sign-in link (asked for from the sign-in page) does the same with a new
 * password, and since the password changed, ends every session the account had (as
 * revokeSessions does); the next sign-in is a normal one, second factor included. The link's
 * secret is checked against its digest; a wrong one reads as invalid.
 */
@Injectable()
export class AcceptInvitationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly invitations: InvitationRepository,
    private readonly audit: AccountAuditRepository,
    private readonly factors: SecondFactorRepository,
    private readonly outbox: OutboxWriter,
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
    const { purpose } = invitation;
    if (state !== 'open') {
      const problem = state === 'not_sent' ? 'invalid' : state;
      return { ok: false, problem, language: account.language, purpose };
    }
    const { id, email, displayName, language } = account;
    return { ok: true, purpose, account: { id, email, displayName, language } };
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
    const { id, email, language } = view.account;
    const reset = view.purpose === 'sign_in_link';
    const factor = reset ? await this.factors.findByAccount(id) : null;
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.invitations.findForUpdate(manager, parsed.invitationId);
      const account = await this.accounts.findForUpdate(manager, id);
      // Disabled meanwhile: as in view(), the link is not valid.
      if (!account || account.status === 'disabled') return { ok: false, problem: 'invalid' } as const;
      // Another tab used it meanwhile.
      if (!invitation || invitationState(invitation, command.now) !== 'open') {
        return { ok: false, problem: 'used', language, purpose: view.purpose } as const;
      }
      await this.invitations.markUsed(manager, invitation.id, command.now);
      if (!reset) {
        await this.accounts.update(manager, id, { passwordHash, status: 'active' }, command.now);
        // Their first way in: a person becomes active in their programme (intake listens). A
        // committee member's concerns no service, and AccountActivated.v1 does not know the role.
        if (account.status === 'invited' && account.role !== 'committee') {
          await this.outbox.emit(manager, 'AccountActivated.v1', id, {
            accountId: id,
            role: account.role,
            candidateId: account.candidateId,
            activatedAt: command.now.toISOString(),
          });
        }
      } else {
        const throttle = { failures: account.failedSignIns, lockedUntil: account.lockedUntil };
        const { failures, lockedUntil } = throttleAfterReset(throttle, Boolean(factor?.confirmedAt));
        const change = { passwordHash, status: 'active', failedSignIns: failures, lockedUntil } as const;
        await this.accounts.update(manager, id, change, command.now);
        await this.accounts.revokeSessions(manager, id);
      }
      const action = reset ? 'password_reset' : 'password_set';
      await this.audit.record(manager, { accountId: id, action, actor: id, at: command.now });
      return { ok: true, purpose: view.purpose, account: { id, email, language } } as const;
    });
  }
}
