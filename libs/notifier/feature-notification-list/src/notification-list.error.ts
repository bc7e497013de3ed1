import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum NotificationListErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  /** Invitations, sign-in links and session changes always go by email. */
  EssentialByEmail = 'ESSENTIAL_BY_EMAIL',
}

export class NotificationListError extends DomainError<NotificationListErrorCode> {}

export const invalidNotificationInput = (message: string, fields: FieldIssue[]): NotificationListError =>
  new NotificationListError(NotificationListErrorCode.InvalidInput, message, { fields });
