import type { Identity } from './identity';

/** What any service knows of a person that decides who may see their individual record. */
export interface CandidateScope {
  candidateId: string;
  officeIds: readonly string[];
  /** The coach in charge, once assigned. */
  coachId: string | null;
}

/**
 * Individual records: the person themself, their coach, ops of one of their offices (or all).
 * Sponsor HR never reads an individual record; they get aggregates only.
 */
export function canReadCandidate(identity: Identity, scope: CandidateScope): boolean {
  switch (identity.role) {
    case 'candidate':
      return identity.candidateId === scope.candidateId;
    case 'coach':
      return scope.coachId !== null && identity.coachId === scope.coachId;
    case 'ops':
      return identity.allOffices || scope.officeIds.some((office) => identity.officeIds.includes(office));
    case 'sponsor':
    case 'committee':
      return false;
  }
}

/** Ops may set up something spanning these offices only if every one is theirs. */
export function canManageOffices(identity: Identity, officeIds: readonly string[]): boolean {
  return (
    identity.role === 'ops' &&
    (identity.allOffices || officeIds.every((id) => identity.officeIds.includes(id)))
  );
}

/** Ops may work on a programme served by at least one of their offices. */
export function servesAnyOffice(identity: Identity, officeIds: readonly string[]): boolean {
  return (
    identity.role === 'ops' &&
    (identity.allOffices || officeIds.some((id) => identity.officeIds.includes(id)))
  );
}
