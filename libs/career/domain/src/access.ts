/**
 * The part of a caller's identity that decides what they may see (the shape of the platform's
 * forwarded identity, so any identity can be passed as it is).
 */
export type Caller =
  | { role: 'candidate'; candidateId: string }
  | { role: 'coach'; coachId: string }
  | { role: 'ops'; officeIds: readonly string[]; allOffices: boolean }
  | { role: 'sponsor' | 'committee'; sponsorIds: readonly string[] };

/** Whose material it is and who coaches them (career's candidate scope). */
export interface PersonScope {
  candidateId: string;
  coachId: string | null;
}

/** How a caller stands to a person's career material. */
export type CareerReader = 'owner' | 'coach';

/**
 * The person's own job-search material (project, CV, applications, interview practice) is read and
 * written by the person and by their coach only (issue 18, item 6; decision 0030): not by another
 * coach, not by ops (it is between the person and their coach, like a session summary), never by
 * sponsor HR or a committee member. Null: refused.
 */
export function careerReader(identity: Caller, scope: PersonScope | null): CareerReader | null {
  if (!scope) return null;
  switch (identity.role) {
    case 'candidate':
      return identity.candidateId === scope.candidateId ? 'owner' : null;
    case 'coach':
      return scope.coachId !== null && identity.coachId === scope.coachId ? 'coach' : null;
    case 'ops':
    case 'sponsor':
    case 'committee':
      return null;
  }
}
