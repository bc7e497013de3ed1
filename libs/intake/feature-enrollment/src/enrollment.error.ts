import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum EnrollmentErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
  SponsorNotFound = 'SPONSOR_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  AlreadyEnrolled = 'CANDIDATE_ALREADY_ENROLLED',
  ProgrammeNotContracted = 'PROGRAMME_NOT_CONTRACTED',
  ProgrammeClosed = 'PROGRAMME_CLOSED',
}

export class EnrollmentError extends DomainError<EnrollmentErrorCode> {}

export const invalidEnrollmentInput = (message: string, fields: FieldIssue[]): EnrollmentError =>
  new EnrollmentError(EnrollmentErrorCode.InvalidInput, message, { fields });
