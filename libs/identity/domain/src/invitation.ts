import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An invitation to set a first password (opening an account, or re-sent), or a sign-in link a
 * person asked for from the sign-in page, to choose a new password.
 */
export type InvitationPurpose = 'invitation' | 'sign_in_link';

/** What an invitation can still do at a given moment. */
export type InvitationState = 'open' | 'used' | 'expired' | 'superseded' | 'not_sent';

export interface InvitationTimes {
  secretDigest: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  supersededAt: Date | null;
}

export const DEFAULT_INVITATION_DAYS = 14;
export const DEFAULT_SIGN_IN_LINK_MINUTES = 30;

/** How long each purpose stays open (IDENTITY_INVITATION_DAYS, IDENTITY_SIGN_IN_LINK_MINUTES). */
export interface InvitationLifetimes {
  invitationDays: number;
  signInLinkMinutes: number;
}

/** An invitation gives days to act on an email that may wait; a link asked for now, minutes. */
export function invitationExpiry(
  purpose: InvitationPurpose,
  issuedAt: Date,
  lifetimes: InvitationLifetimes,
): Date {
  const seconds =
    purpose === 'invitation' ? lifetimes.invitationDays * 24 * 3600 : lifetimes.signInLinkMinutes * 60;
  return new Date(issuedAt.getTime() + seconds * 1000);
}

/** Used first, then superseded, then expired: the page tells the person the most useful reason. */
export function invitationState(invitation: InvitationTimes, now: Date): InvitationState {
  if (invitation.usedAt) return 'used';
  if (invitation.supersededAt) return 'superseded';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (!invitation.secretDigest) return 'not_sent';
  return 'open';
}

/** A fresh secret for a link (256 bits), and the digest kept in its place. */
export function newInvitationSecret(): { secret: string; digest: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, digest: digestOf(secret) };
}

/** The link's last path segment: the invitation's id and its secret. */
export function invitationToken(invitationId: string, secret: string): string {
  return `${invitationId}.${secret}`;
}

export function parseInvitationToken(token: string): { invitationId: string; secret: string } | null {
  const [, invitationId, secret] = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token) ?? [];
  return invitationId && secret ? { invitationId, secret } : null;
}

/** Compares in constant time, so the digest cannot be found a byte at a time. */
export function secretMatches(secret: string, digest: string | null): boolean {
  if (!digest) return false;
  const given = Buffer.from(digestOf(secret));
  const kept = Buffer.from(digest);
  return given.length === kept.length && timingSafeEqual(given, kept);
}

function digestOf(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
