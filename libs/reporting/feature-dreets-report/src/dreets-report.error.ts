import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

/** The committee pack's codes: the report is refused exactly as the pack is. */
export enum DreetsReportErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
}

export class DreetsReportError extends DomainError<DreetsReportErrorCode> {}

export const invalidDreetsReportInput = (message: string, fields: FieldIssue[]): DreetsReportError =>
  new DreetsReportError(DreetsReportErrorCode.InvalidInput, message, { fields });

export const programmeNotFound = (programmeId: string): DreetsReportError =>
  new DreetsReportError(
    DreetsReportErrorCode.ProgrammeNotFound,
    `programme ${programmeId} does not exist or is not yours to see`,
  );
