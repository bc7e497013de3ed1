import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum DirectoryErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  OfficeNotFound = 'OFFICE_NOT_FOUND',
  CoachNotFound = 'COACH_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  AlreadyExists = 'ALREADY_EXISTS',
  EmailTaken = 'COACH_EMAIL_TAKEN',
}

export class DirectoryError extends DomainError<DirectoryErrorCode> {}

/** Input that does not parse: the error names each bad field (path within the input). */
export const invalidDirectoryInput = (message: string, fields: FieldIssue[]): DirectoryError =>
  new DirectoryError(DirectoryErrorCode.InvalidInput, message, { fields });
