import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum EnrollmentErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
  SponsorNotFound = 'SPONSOR_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  AlreadyEnrolled = 'CANDIDATE_ALREADY_ENROLLED',
  ProgrammeNotContracted = 'PROGRAMME_NOT_CONTRACTED',
  ProgrammeClosed = 'PROGRAMME_CLOSED',
  InvalidNafCode = 'INVALID_NAF_CODE',
}

export class EnrollmentError extends DomainError<EnrollmentErrorCode> {}

/** Bad input; a bad employer NAF code has its own code (decision 0039), the fields still named. */
export const invalidEnrollmentInput = (message: string, fields: FieldIssue[]): EnrollmentError =>
  new EnrollmentError(
    fields.some((issue) => issue.field.endsWith('employerNafCode'))
      ? EnrollmentErrorCode.InvalidNafCode
      : EnrollmentErrorCode.InvalidInput,
    message,
    { fields },
  );
