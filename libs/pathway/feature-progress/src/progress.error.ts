import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum ProgressErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
}

export class ProgressError extends DomainError<ProgressErrorCode> {}

export const invalidProgressInput = (message: string, fields: FieldIssue[]): ProgressError =>
  new ProgressError(ProgressErrorCode.InvalidInput, message, { fields });
