import type { Recipient } from '@passerelle/notifier/domain';

/** A link identity minted for an invitation (decision 0018). */
export interface MintedLink {
  url: string;
  expiresAt: Date;
  purpose: 'invitation' | 'sign_in_link';
  accountId: string;
}

/**
 * Who to write to, as identity answers (its internal HTTP API, decision 0018). A null is an
 * unknown or erased person: nothing is sent, and the skip is recorded. Any other failure throws,
 * so the event is retried (then dead-lettered) by the inbox. Nothing here is cached.
 */
export abstract class RecipientDirectory {
  abstract byCandidate(candidateId: string): Promise<Recipient | null>;
  abstract byCoach(coachId: string): Promise<Recipient | null>;
  abstract byAccount(accountId: string): Promise<Recipient | null>;
  /** Ops of the office, and ops of every office. */
  abstract opsOfOffice(officeId: string): Promise<Recipient[]>;
  /** Mints the invitation's link now; `unknown` (404) or `gone` (410: used, expired or superseded). */
  abstract invitationLink(invitationId: string): Promise<MintedLink | 'unknown' | 'gone'>;

  /**
   * `byAccount` for many (a Kafka batch's invitations, decision 0055): the known ones, by account
   * id. This default asks one by one; identity's directory asks in one call per 500.
   */
  async byAccounts(accountIds: readonly string[]): Promise<Map<string, Recipient>> {
    const found = new Map<string, Recipient>();
    for (const accountId of new Set(accountIds)) {
      const recipient = await this.byAccount(accountId);
      if (recipient) found.set(accountId, recipient);
    }
    return found;
  }

  /** `invitationLink` for many, minted now: each id's link, `unknown` or `gone` (default: one by one). */
  async invitationLinks(
    invitationIds: readonly string[],
  ): Promise<Map<string, MintedLink | 'unknown' | 'gone'>> {
    const links = new Map<string, MintedLink | 'unknown' | 'gone'>();
    for (const invitationId of new Set(invitationIds)) {
      links.set(invitationId, await this.invitationLink(invitationId));
    }
    return links;
  }
}

/** The most ids identity answers in one many-at-once call (decision 0055). */
export const DIRECTORY_CHUNK = 500;
