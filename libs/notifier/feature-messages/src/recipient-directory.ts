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
}
