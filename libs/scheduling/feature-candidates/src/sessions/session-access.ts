import type { Identity } from '@passerelle/shared/auth';
import type {
  CoachEntity,
  SessionEntity,
  SessionParticipantEntity,
} from '@passerelle/scheduling/data-access';
import { opsServes } from '../common/access';

/**
 * What a caller may do with a session: `all` (its coach, ops of its office or of the coach's
 * offices), `self` (a person in it: their own seat), or nothing.
 */
export function sessionAccess(
  identity: Identity,
  session: SessionEntity,
  coach: Pick<CoachEntity, 'officeIds'> | null,
  participants: readonly Pick<SessionParticipantEntity, 'candidateId'>[],
): 'all' | 'self' | null {
  switch (identity.role) {
    case 'coach':
      return identity.coachId === session.coachId ? 'all' : null;
    case 'ops': {
      const offices = [...(session.officeId ? [session.officeId] : []), ...(coach?.officeIds ?? [])];
      return opsServes(identity, offices) ? 'all' : null;
    }
    case 'candidate':
      return participants.some((p) => p.candidateId === identity.candidateId) ? 'self' : null;
    case 'sponsor':
      return null;
  }
}
