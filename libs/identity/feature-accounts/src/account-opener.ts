import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  AccountAuditRepository,
  AccountRepository,
  InvitationIssuer,
  type AccountEntity,
} from '@passerelle/identity/data-access';

/** What opening an account from another service's event came to. */
export type OpenAccountOutcome = 'opened' | 'already_open' | 'unknown_to_owner' | 'email_taken';

export type NewAccount = Pick<
  AccountEntity,
  | 'email'
  | 'displayName'
  | 'role'
  | 'language'
  | 'candidateId'
  | 'coachId'
  | 'officeIds'
  | 'allOffices'
  | 'sponsorIds'
>;

/**
 * The one way an account comes to be: in the caller's transaction, the account (invited, no
 * password), its audit, and its invitation (InvitationIssuer).
 */
@Injectable()
export class AccountOpener {
  private readonly logger = new Logger(AccountOpener.name);

  constructor(
    private readonly accounts: AccountRepository,
    private readonly audit: AccountAuditRepository,
    private readonly invitations: InvitationIssuer,
  ) {}

  /**
   * Opens the account another service's event speaks of, once: a redelivery finds it and only
   * brings its offices up to date. The address comes from the service that holds it (`contact`,
   * null when it no longer knows the person); one address is one account.
   */
  async openOnce<TContact extends { email: string }>(
    manager: EntityManager,
    request: {
      /** Who the event is about, for the log (`candidate <id>`). */
      about: string;
      existing: AccountEntity | null;
      officeIds: string[];
      contact: () => Promise<TContact | null>;
      account: (contact: TContact) => NewAccount;
      actor: string;
      now: Date;
      /** The address is another account's (`heldBy`): what the caller does about it, in the transaction. */
      onEmailTaken?: (heldBy: AccountEntity) => Promise<void>;
      /** The account opened, in the transaction. */
      onOpened?: () => Promise<void>;
    },
  ): Promise<OpenAccountOutcome> {
    if (request.existing) {
      await this.accounts.update(manager, request.existing.id, { officeIds: request.officeIds }, request.now);
      return 'already_open';
    }
    const contact = await request.contact();
    // Erased between the event and now: there is nobody to invite.
    if (!contact) return 'unknown_to_owner';
    // In the event's transaction: a look-up on another connection, with every consumer's batches
    // holding one each, once waited forever for a pool with none left (a 2,000-person import).
    const holder = await this.accounts.findByEmail(contact.email, manager);
    if (holder) {
      if (request.onEmailTaken) await request.onEmailTaken(holder);
      else {
        this.logger.warn(
          `${request.about} (${request.actor}): the address given is account ${holder.id}'s; no account opened`,
        );
      }
      return 'email_taken';
    }
    await this.open(manager, request.account(contact), request.actor, request.now);
    await request.onOpened?.();
    return 'opened';
  }

  async open(manager: EntityManager, account: NewAccount, actor: string, now: Date): Promise<AccountEntity> {
    const row: AccountEntity = {
      id: randomUUID(),
      ...account,
      email: account.email.trim().toLowerCase(),
      status: 'invited',
      passwordHash: null,
      failedSignIns: 0,
      lockedUntil: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.accounts.insert(row, manager);
    await this.audit.record(manager, { accountId: row.id, action: 'opened', actor, at: now });
    await this.invitations.issue(manager, { accountId: row.id, purpose: 'invitation', actor, now });
    return row;
  }
}
