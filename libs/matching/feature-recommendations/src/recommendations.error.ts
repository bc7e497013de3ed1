import { DomainError } from '@passerelle/shared/graphql';

export enum RecommendationsErrorCode {
  UnknownDepartment = 'UNKNOWN_DEPARTMENT',
  OfferNotFound = 'OFFER_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  InvalidOccupationCode = 'INVALID_OCCUPATION_CODE',
  UnknownOccupation = 'UNKNOWN_OCCUPATION',
  NothingToConfirm = 'NO_OCCUPATION_TO_CONFIRM',
}

export class RecommendationsError extends DomainError<RecommendationsErrorCode> {}
