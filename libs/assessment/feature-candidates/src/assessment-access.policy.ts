import { canReadCandidate, type CandidateScope, type Identity } from '@passerelle/shared/auth';

/**
 * Who sees what of a person's assessments. Online tests open a conversation with a coach: the
 * person sees their results once the coach has debriefed them; the coach sees them as soon as
 * they are scored; ops see that sessions exist and counts, never answers or results; a sponsor
 * never sees anything individual.
 */
export type AssessmentView = 'none' | 'status' | 'answers' | 'results' | 'coach';

export function assessmentViewOf(
  identity: Identity,
  scope: CandidateScope | null,
  session: { status: string },
): AssessmentView {
  if (!scope || !canReadCandidate(identity, scope)) return 'none';
  switch (identity.role) {
    case 'coach':
      return 'coach';
    case 'candidate':
      return session.status === 'released' ? 'results' : 'answers';
    case 'ops':
      return 'status';
    case 'sponsor':
      return 'none';
  }
}

export const canSeeAnswers = (view: AssessmentView) =>
  view === 'answers' || view === 'results' || view === 'coach';
export const canSeeResults = (view: AssessmentView) => view === 'results' || view === 'coach';
export const canSeeCoachNotes = (view: AssessmentView) => view === 'coach';

/** The person answers their own sessions; no one answers for them. */
export const isThePerson = (identity: Identity, candidateId: string) =>
  identity.role === 'candidate' && identity.candidateId === candidateId;

/** Only the person's own coach assigns and debriefs. */
export const isTheirCoach = (identity: Identity, scope: CandidateScope | null) =>
  identity.role === 'coach' && scope !== null && canReadCandidate(identity, scope);
