import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';
import type { ApplicationRefusal } from '@passerelle/career/domain';

export enum ApplicationErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  /** Not the person, not their coach (another coach, ops, sponsor, committee), or unknown here. */
  OutOfScope = 'FORBIDDEN',
  NotFound = 'APPLICATION_NOT_FOUND',
  TransitionNotAllowed = 'APPLICATION_TRANSITION_NOT_ALLOWED',
  DateGoesBackwards = 'APPLICATION_DATE_GOES_BACKWARDS',
  /** Marking logged an application with no answered offer waiting to be logged. */
  NoOveToLog = 'APPLICATION_NO_OVE_TO_LOG',
}

export class ApplicationError extends DomainError<ApplicationErrorCode> {}

export const invalidApplicationInput = (message: string, fields: FieldIssue[]): ApplicationError =>
  new ApplicationError(ApplicationErrorCode.InvalidInput, message, { fields });

export const outOfScope = (): ApplicationError =>
  new ApplicationError(
    ApplicationErrorCode.OutOfScope,
    "a person's applications are seen by the person and their coach only",
  );

export const applicationNotFound = (): ApplicationError =>
  new ApplicationError(ApplicationErrorCode.NotFound, 'no such application', { field: 'applicationId' });

/** The domain's refusal as the error the caller sees (its message unchanged). */
export function applicationRefused(refusal: ApplicationRefusal): ApplicationError {
  switch (refusal.code) {
    case 'invalid_input':
      return invalidApplicationInput(`${refusal.field}: ${refusal.message}`, [
        { field: refusal.field, message: refusal.message },
      ]);
    case 'transition_not_allowed':
      return new ApplicationError(ApplicationErrorCode.TransitionNotAllowed, refusal.message, {
        field: 'status',
        from: refusal.from,
        to: refusal.to,
      });
    case 'date_goes_backwards':
      return new ApplicationError(ApplicationErrorCode.DateGoesBackwards, refusal.message, {
        field: refusal.field,
      });
  }
}
