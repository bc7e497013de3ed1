import { DomainError } from '@passerelle/shared/graphql';

export enum DirectoryErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  OfficeNotFound = 'OFFICE_NOT_FOUND',
  CoachNotFound = 'COACH_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  AlreadyExists = 'ALREADY_EXISTS',
}

export class DirectoryError extends DomainError<DirectoryErrorCode> {}
