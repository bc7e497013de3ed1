export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Who a message is for, as identity's directory answers (decision 0018). Never cached past its use. */
export interface Recipient {
  accountId: string;
  role: 'candidate' | 'coach' | 'ops' | 'sponsor' | 'committee';
  email: string;
  displayName: string;
  language: Language;
  candidateId: string | null;
  coachId: string | null;
  officeIds: string[];
  status: 'invited' | 'active' | 'disabled';
}

/** Why nothing was sent to someone; recorded on the message so ops can see it. */
export const SKIP_REASONS = [
  'recipient_unknown',
  'recipient_disabled',
  'link_unavailable',
  'no_recipient',
  'unsubscribed',
  'consent_withdrawn',
  'no_sms_consent',
  'sms_off',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type Addressing = { send: true } | { send: false; reason: SkipReason };

/**
 * Whether a message may go to this person: an unknown or erased account gets nothing, nor does a
 * disabled one; an invited person (no password yet) receives everything, since that is how they
 * learn of their appointments before signing in.
 */
export function addressing(recipient: Recipient | null): Addressing {
  if (!recipient) return { send: false, reason: 'recipient_unknown' };
  if (recipient.status === 'disabled') return { send: false, reason: 'recipient_disabled' };
  return { send: true };
}
