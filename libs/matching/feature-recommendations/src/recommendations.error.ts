import { DomainError } from '@passerelle/shared/graphql';

export enum RecommendationsErrorCode {
  UnknownDepartment = 'UNKNOWN_DEPARTMENT',
  OfferNotFound = 'OFFER_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
}

export class RecommendationsError extends DomainError<RecommendationsErrorCode> {}
