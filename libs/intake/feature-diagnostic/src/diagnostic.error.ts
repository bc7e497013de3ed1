import { DomainError } from '@passerelle/shared/graphql';
import type { FieldIssue } from '@passerelle/shared/graphql';

export enum DiagnosticErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  CandidateNotFound = 'CANDIDATE_NOT_FOUND',
  NotStarted = 'DIAGNOSTIC_NOT_STARTED',
  Incomplete = 'DIAGNOSTIC_INCOMPLETE',
  AlreadySubmitted = 'DIAGNOSTIC_ALREADY_SUBMITTED',
  NotSubmitted = 'DIAGNOSTIC_NOT_SUBMITTED',
  TrackUnchanged = 'TRACK_UNCHANGED',
  QuestionnaireNotFound = 'QUESTIONNAIRE_NOT_FOUND',
  ConsentRequired = 'CONSENT_REQUIRED',
}

export class DiagnosticError extends DomainError<DiagnosticErrorCode> {}

export const invalidDiagnosticInput = (message: string, fields: FieldIssue[]): DiagnosticError =>
  new DiagnosticError(DiagnosticErrorCode.InvalidInput, message, { fields });

/** Not found and not allowed look the same, so ids cannot be probed. */
export const candidateNotFound = (candidateId: string): DiagnosticError =>
  new DiagnosticError(
    DiagnosticErrorCode.CandidateNotFound,
    `candidate ${candidateId} does not exist or is not yours to see`,
  );

/**
 * The person withdrew their consent to the privacy notice: no new answer is saved or submitted;
 * what was saved before stays, as the notice says (privacyNotice.consentWithdrawal).
 */
export const consentWithdrawn = (withdrawnAt: Date): DiagnosticError =>
  new DiagnosticError(
    DiagnosticErrorCode.ConsentRequired,
    `consent to the privacy notice was withdrawn on ${withdrawnAt.toISOString()}: no new answers are saved until it is given again; answers saved before are kept`,
  );
