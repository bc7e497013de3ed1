import { DomainError } from '@passerelle/shared/graphql';

export enum ReferenceDataErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  UnknownOccupation = 'UNKNOWN_OCCUPATION',
  UnknownDepartment = 'UNKNOWN_DEPARTMENT',
  UnknownZone = 'UNKNOWN_ZONE',
}

export class ReferenceDataError extends DomainError<ReferenceDataErrorCode> {}
