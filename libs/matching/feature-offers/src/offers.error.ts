import { DomainError } from '@passerelle/shared/graphql';

export enum OffersErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  UnknownOccupation = 'UNKNOWN_OCCUPATION',
  UnknownCommune = 'UNKNOWN_COMMUNE',
  OfferNotFound = 'OFFER_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
}

export class OffersError extends DomainError<OffersErrorCode> {}
