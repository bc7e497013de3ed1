import { DomainError } from '@passerelle/shared/graphql';

export enum MatchingErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  UnknownOccupation = 'UNKNOWN_OCCUPATION',
  UnknownCommune = 'UNKNOWN_COMMUNE',
  UnknownDepartment = 'UNKNOWN_DEPARTMENT',
  OfferNotFound = 'OFFER_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
}

export class MatchingError extends DomainError<MatchingErrorCode> {}
