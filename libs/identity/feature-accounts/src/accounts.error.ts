import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum AccountsErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  AccountNotFound = 'ACCOUNT_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  EmailTaken = 'EMAIL_TAKEN',
  AlreadyActive = 'ACCOUNT_ALREADY_ACTIVE',
  RoleNotStaff = 'ROLE_NOT_STAFF',
  OfficesRequired = 'OFFICES_REQUIRED',
  SponsorsRequired = 'SPONSORS_REQUIRED',
}

export class AccountsError extends DomainError<AccountsErrorCode> {}

export const invalidAccountInput = (message: string, fields: FieldIssue[]): AccountsError =>
  new AccountsError(AccountsErrorCode.InvalidInput, message, { fields });
