import type { AccountRole } from './account';

/** What changed on an account, for its audit. */
export type AccountAction =
  | 'opened'
  | 'invitation_sent'
  | 'password_set'
  | 'sessions_revoked'
  | 'erased'
  // Asked from the sign-in page: a link sent, or withheld above the account's limit.
  | 'sign_in_link_sent'
  | 'sign_in_link_limited'
  // A new password chosen through a sign-in link; the account's sessions end with it.
  | 'password_reset';

/** Who asks to open a staff account: an ops member and the offices they serve. */
export interface StaffAccountActor {
  officeIds: string[];
  allOffices: boolean;
}

export interface StaffAccountRequest {
  role: AccountRole;
  officeIds: string[];
  allOffices: boolean;
  sponsorIds: string[];
}

export type StaffAccountRefusal =
  'ROLE_NOT_STAFF' | 'OFFICES_REQUIRED' | 'SPONSORS_REQUIRED' | 'OUTSIDE_YOUR_OFFICES';

/**
 * Ops open the accounts of ops, sponsor HR and committee members (coaches' come with the coach,
 * people's with their enrolment). An ops member of some offices opens ops accounts within them;
 * only ops of every office open an all-office account, a sponsor's or a committee member's (tied
 * to sponsors, like sponsor HR). Null when allowed.
 */
export function staffAccountRefusal(
  actor: StaffAccountActor,
  request: StaffAccountRequest,
): StaffAccountRefusal | null {
  if (request.role !== 'ops' && request.role !== 'sponsor' && request.role !== 'committee')
    return 'ROLE_NOT_STAFF';
  if (request.role === 'sponsor' || request.role === 'committee') {
    if (request.sponsorIds.length === 0) return 'SPONSORS_REQUIRED';
    return actor.allOffices ? null : 'OUTSIDE_YOUR_OFFICES';
  }
  if (!request.allOffices && request.officeIds.length === 0) return 'OFFICES_REQUIRED';
  if (actor.allOffices) return null;
  if (request.allOffices) return 'OUTSIDE_YOUR_OFFICES';
  const mine = new Set(actor.officeIds);
  return request.officeIds.every((id) => mine.has(id)) ? null : 'OUTSIDE_YOUR_OFFICES';
}

/** The language of an account's pages and messages: English only when asked for, else French. */
export function accountLanguage(language: string | null | undefined): 'fr' | 'en' {
  return language === 'en' ? 'en' : 'fr';
}
