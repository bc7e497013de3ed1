import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum AssignmentErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  CandidateNotFound = 'CANDIDATE_NOT_FOUND',
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
  CoachNotFound = 'COACH_NOT_FOUND',
  CoachNotServingProgramme = 'COACH_NOT_SERVING_PROGRAMME',
  SameCoach = 'SAME_COACH',
}

export class AssignmentError extends DomainError<AssignmentErrorCode> {}

/** Input that does not parse: the error names each bad field (path within the input). */
export const invalidAssignmentInput = (message: string, fields: FieldIssue[]): AssignmentError =>
  new AssignmentError(AssignmentErrorCode.InvalidInput, message, { fields });
