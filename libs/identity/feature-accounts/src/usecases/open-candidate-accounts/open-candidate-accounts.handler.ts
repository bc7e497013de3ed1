import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AnyEvent } from '@passerelle/shared/contracts';
import { OutboxWriter } from '@passerelle/shared/messaging';
import { currentContext, runWithContext } from '@passerelle/shared/observability';
import {
  AccountAuditRepository,
  AccountNotOpenedRepository,
  AccountRepository,
  InvitationIssuer,
  InvitationRepository,
  type AccountEntity,
  type InvitationEntity,
  type NotOpened,
} from '@passerelle/identity/data-access';
import { reportNotOpened } from '../../accounts-not-opened';
import { ContactDirectory, type CandidateContact } from '../../contact-directory';
import type { Enrolment, OpenCandidateAccountsCommand } from './open-candidate-accounts.command';

const ACTOR = 'service:intake';

/**
 * The batch form of opening people's accounts (decision 0048, issue 16): in the batch's inbox
 * transaction, a handful of statements and one call to intake for the whole batch instead of three
 * reads, six writes and one call per person. The result is the one `OpenCandidateAccountHandler`
 * gives each enrolment in turn (compared in `apps/identity/src/open-accounts-batch.int-spec.ts`):
 *
 * - the batch's accounts read in one statement; the contacts of the people without one asked of
 *   intake in one call (`POST /internal/candidates/contacts`, 500 a call); the accounts holding
 *   their addresses read in one statement;
 * - then the enrolments walked in the batch's order, in memory: a person with an account (before,
 *   or opened earlier in the batch) gets their offices from their latest enrolment; a person intake
 *   no longer knows (erased) nothing; a person whose address an account holds (before, or opened
 *   earlier in the batch: the first enrolment wins) is recorded as not opened; anyone else gets
 *   an account, its `opened` and `invitation_sent` audits, an invitation and `InvitationIssued`
 *   (under their own enrolment's cause);
 * - then one statement per table: offices updated, accounts, audits, invitations, the outbox, the
 *   people not opened recorded, those opened taken off that list.
 *
 * Intake unreachable fails the call, so the batch, then each event alone: the inbox redelivers it
 * later (`isUnreachableDependency`), nothing is dead-lettered.
 */
@Injectable()
export class OpenCandidateAccountsHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly audit: AccountAuditRepository,
    private readonly invitations: InvitationRepository,
    private readonly issuer: InvitationIssuer,
    private readonly notOpened: AccountNotOpenedRepository,
    private readonly contacts: ContactDirectory,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(manager: EntityManager, { enrolments, now }: OpenCandidateAccountsCommand): Promise<void> {
    const ids = [...new Set(enrolments.map((enrolment) => enrolment.candidateId))];
    const existing = new Map<string | null, AccountEntity>(
      (await this.accounts.findByCandidateIds(manager, ids)).map((account) => [account.candidateId, account]),
    );
    const without = ids.filter((id) => !existing.has(id));
    const contacts =
      without.length > 0 ? await this.contacts.candidates(without) : new Map<string, CandidateContact>();
    const held = await this.accounts.holdersOf(
      manager,
      [...contacts.values()].map((contact) => normalised(contact.email)),
    );

    const reOffices = new Map<string, string[]>();
    const opened = new Map<string, AccountEntity>();
    const notOpened = new Map<string, NotOpened>();
    const firstInvitations: ReturnType<InvitationIssuer['firstInvitation']>[] = [];
    for (const enrolment of enrolments) {
      const { candidateId, officeIds } = enrolment;
      const before = existing.get(candidateId);
      if (before) {
        reOffices.set(before.id, officeIds);
        continue;
      }
      const account = opened.get(candidateId);
      if (account) {
        // As the per-event path's second enrolment: the offices, updated at the same `now`.
        account.officeIds = officeIds;
        continue;
      }
      const contact = contacts.get(candidateId);
      if (!contact) continue;
      const email = normalised(contact.email);
      const holder = held.get(email);
      if (holder) {
        notOpened.set(candidateId, { candidateId, officeIds, heldByAccountId: holder, at: now });
        continue;
      }
      const row = newCandidateAccount(candidateId, officeIds, contact, now);
      opened.set(candidateId, row);
      held.set(email, row.id);
      notOpened.delete(candidateId);
      firstInvitations.push(causedBy(enrolment, () => this.issuer.firstInvitation(row.id, ACTOR, now)));
    }

    await this.accounts.updateOfficesAll(
      manager,
      [...reOffices].map(([id, officeIds]) => ({ id, officeIds })),
      now,
    );
    const rows = [...opened.values()];
    await this.accounts.insertAll(manager, rows);
    await this.audit.recordAll(
      manager,
      firstInvitations.flatMap((first) => [
        { accountId: first.invitation.accountId, action: 'opened' as const, actor: ACTOR, at: now },
        first.audit,
      ]),
    );
    await this.invitations.insertAll(
      manager,
      firstInvitations.map((first): InvitationEntity => first.invitation),
    );
    await this.outbox.append(
      manager,
      firstInvitations.map((first): AnyEvent => first.event),
    );
    await this.notOpened.recordAll(manager, [...notOpened.values()]);
    await this.notOpened.clear(manager, [...opened.keys()]);
    reportNotOpened([...notOpened.values()]);
  }
}

const normalised = (email: string) => email.trim().toLowerCase();

/** What `AccountOpener.open` inserts for a person (invited, no password). */
function newCandidateAccount(
  candidateId: string,
  officeIds: string[],
  contact: CandidateContact,
  now: Date,
): AccountEntity {
  return {
    id: randomUUID(),
    email: normalised(contact.email),
    displayName: `${contact.firstName} ${contact.lastName}`.trim(),
    role: 'candidate',
    language: contact.language,
    candidateId,
    coachId: null,
    officeIds,
    allOffices: false,
    sponsorIds: [],
    status: 'invited',
    passwordHash: null,
    failedSignIns: 0,
    lockedUntil: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Runs `work` as the inbox runs a single event's handler: under that event's correlation and cause. */
function causedBy<T>(enrolment: Enrolment, work: () => T): T {
  return runWithContext(
    {
      correlationId: enrolment.correlationId,
      causationId: enrolment.eventId,
      traceparent: currentContext()?.traceparent ?? null,
    },
    work,
  );
}
