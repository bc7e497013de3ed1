/**
 * Who may do what with a person's interview practice: it is theirs. The person starts sessions
 * and writes answers; their coach (the person's current coach) starts sessions for them, reads
 * them and reviews submitted answers. Nobody else sees anything (ops included: practice answers are
 * the person's working material, not a record ops manage; sponsors never see individual records).
 */

/** The caller, as far as practice is concerned (an `Identity` fits it). */
export type PracticeCaller =
  | { role: 'candidate'; candidateId: string }
  | { role: 'coach'; coachId: string }
  | { role: 'ops' | 'sponsor' | 'committee' };

/** The person the practice belongs to and their current coach (null before one is assigned). */
export interface PracticeOwner {
  candidateId: string;
  coachId: string | null;
}

/** `person`: the owner; `coach`: their current coach; null: nothing (answered as not found). */
export type PracticeAccess = 'person' | 'coach' | null;

export function practiceAccess(caller: PracticeCaller, owner: PracticeOwner | null): PracticeAccess {
  if (!owner) return null;
  switch (caller.role) {
    case 'candidate':
      return caller.candidateId === owner.candidateId ? 'person' : null;
    case 'coach':
      return owner.coachId !== null && caller.coachId === owner.coachId ? 'coach' : null;
    case 'ops':
    case 'sponsor':
    case 'committee':
      return null;
  }
}
