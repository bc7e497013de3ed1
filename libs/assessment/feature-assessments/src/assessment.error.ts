import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum AssessmentErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  InvalidAnswers = 'INVALID_ANSWERS',
  NotFound = 'ASSESSMENT_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  InstrumentNotImported = 'INSTRUMENT_NOT_IMPORTED',
  UnknownOccupation = 'UNKNOWN_OCCUPATION',
  AlreadySubmitted = 'ASSESSMENT_ALREADY_SUBMITTED',
  NotSubmitted = 'ASSESSMENT_NOT_SUBMITTED',
  AlreadyReleased = 'RESULTS_ALREADY_RELEASED',
  ConsentRequired = 'CONSENT_REQUIRED',
}

export class AssessmentError extends DomainError<AssessmentErrorCode> {}

/** Bad input, naming each bad field so the caller can fix it (for `parseInput`). */
export const invalidAssessmentInput = (message: string, fields: FieldIssue[]) =>
  new AssessmentError(AssessmentErrorCode.InvalidInput, message, { fields });
