import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum NotificationListErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
}

export class NotificationListError extends DomainError<NotificationListErrorCode> {}

export const invalidNotificationInput = (message: string, fields: FieldIssue[]): NotificationListError =>
  new NotificationListError(NotificationListErrorCode.InvalidInput, message, { fields });
