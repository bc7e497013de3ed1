/** Who an account is for; the roles the gateway knows. */
export type AccountRole = 'candidate' | 'coach' | 'ops' | 'sponsor' | 'committee';
export const ACCOUNT_ROLES: readonly AccountRole[] = ['candidate', 'coach', 'ops', 'sponsor', 'committee'];

/** `invited` until the person sets a password; `disabled` by ops (or erasure) keeps nobody in. */
export type AccountStatus = 'invited' | 'active' | 'disabled';

export type AccountLanguage = 'fr' | 'en';

/** What the claims of an account's tokens are made from: the account and identity's projections. */
export interface AccountForClaims {
  id: string;
  role: AccountRole;
  candidateId: string | null;
  coachId: string | null;
  officeIds: string[];
  allOffices: boolean;
  sponsorIds: string[];
}

/**
 * The claims an access token carries, as the gateway reads them (shared/auth's
 * identityClaimsSchema): derived from the account, never from what a client sends. Null when the
 * account lacks what its role needs (a coach without a coach id), so no token says too much.
 */
export function accessTokenClaims(account: AccountForClaims): Record<string, unknown> | null {
  switch (account.role) {
    case 'candidate':
      return account.candidateId ? { role: 'candidate', candidate_id: account.candidateId } : null;
    case 'coach':
      return account.coachId
        ? { role: 'coach', coach_id: account.coachId, office_ids: account.officeIds }
        : null;
    case 'ops':
      return { role: 'ops', office_ids: account.officeIds, all_offices: account.allOffices };
    case 'sponsor':
      return account.sponsorIds.length > 0 ? { role: 'sponsor', sponsor_ids: account.sponsorIds } : null;
    // A member of the commission de suivi (staff representatives): tied to sponsors like their HR.
    case 'committee':
      return account.sponsorIds.length > 0 ? { role: 'committee', sponsor_ids: account.sponsorIds } : null;
  }
}
