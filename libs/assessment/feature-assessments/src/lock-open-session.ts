import type { EntityManager } from 'typeorm';
import type { Identity } from '@passerelle/shared/auth';
import { acceptsAnswers, isThePerson } from '@passerelle/assessment/domain';
import { AssessmentRepository, type AssessmentEntity } from '@passerelle/assessment/data-access';
import { AssessmentError, AssessmentErrorCode } from './assessment.error';

/**
 * Loads a session the person may still answer, locked for the change; not once they withdrew their
 * consent to the privacy notice (CONSENT_REQUIRED): what they answered before stays.
 */
export async function lockOpenSession(
  sessions: AssessmentRepository,
  manager: EntityManager,
  identity: Identity,
  assessmentId: string,
): Promise<AssessmentEntity> {
  const session = await sessions.lockById(manager, assessmentId);
  // Not found and not yours look the same, so ids cannot be probed.
  if (!session || !isThePerson(identity, session.candidateId)) {
    throw new AssessmentError(AssessmentErrorCode.NotFound, `assessment ${assessmentId} not found`);
  }
  if (!acceptsAnswers(session.status)) {
    throw new AssessmentError(
      AssessmentErrorCode.AlreadySubmitted,
      `assessment ${assessmentId} was submitted on ${session.submittedAt?.toISOString()}; answers can no longer change`,
    );
  }
  const consent = await sessions.consentOf(session.candidateId, manager);
  if (consent && !consent.granted) {
    throw new AssessmentError(
      AssessmentErrorCode.ConsentRequired,
      `consent to the privacy notice was withdrawn on ${consent.recordedAt.toISOString()}: no new answers are saved until it is given again; answers saved before are kept`,
    );
  }
  return session;
}
