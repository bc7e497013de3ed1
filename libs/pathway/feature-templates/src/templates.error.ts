import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum TemplatesErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  OutOfScope = 'FORBIDDEN',
  InvalidTemplate = 'INVALID_TEMPLATE',
}

export class TemplatesError extends DomainError<TemplatesErrorCode> {}

export const invalidTemplatesInput = (message: string, fields: FieldIssue[]): TemplatesError =>
  new TemplatesError(TemplatesErrorCode.InvalidInput, message, { fields });
