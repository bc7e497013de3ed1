import { opsServes, type Caller } from './access';

/**
 * What a caller may do with a session: `all` (its coach, ops of its office or of the coach's
 * offices), `self` (a person in it: their own seat), or nothing.
 */
export function sessionAccess(
  caller: Caller,
  session: { coachId: string; officeId: string | null },
  coach: { officeIds: readonly string[] } | null,
  participants: readonly { candidateId: string }[],
): 'all' | 'self' | null {
  switch (caller.role) {
    case 'coach':
      return caller.coachId === session.coachId ? 'all' : null;
    case 'ops': {
      const offices = [...(session.officeId ? [session.officeId] : []), ...(coach?.officeIds ?? [])];
      return opsServes(caller, offices) ? 'all' : null;
    }
    case 'candidate':
      return participants.some((p) => p.candidateId === caller.candidateId) ? 'self' : null;
    case 'sponsor':
    case 'committee':
      return null;
  }
}
