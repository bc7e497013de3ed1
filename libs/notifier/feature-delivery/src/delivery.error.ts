import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum DeliveryErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  /** No parked message by that id among those the caller may see. */
  MessageNotFound = 'MESSAGE_NOT_FOUND',
  /** The message is not parked (already retried, sent, or skipped). */
  MessageNotParked = 'MESSAGE_NOT_PARKED',
}

export class DeliveryError extends DomainError<DeliveryErrorCode> {}

export const invalidDeliveryInput = (message: string, fields: FieldIssue[]): DeliveryError =>
  new DeliveryError(DeliveryErrorCode.InvalidInput, message, { fields });
