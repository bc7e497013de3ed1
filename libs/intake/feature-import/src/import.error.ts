import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum ImportErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
  /** The programme is closed: it takes no more people, so no import starts or resumes. */
  ProgrammeClosed = 'PROGRAMME_CLOSED',
  UploadNotFound = 'UPLOAD_NOT_FOUND',
  BatchNotFound = 'IMPORT_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  AlreadyFinished = 'IMPORT_ALREADY_FINISHED',
  Busy = 'IMPORT_IN_PROGRESS',
  /** A batch failed: the file was refused as a whole (not a spreadsheet, cut off, no usable header...). */
  FileRefused = 'IMPORT_FILE_REFUSED',
  /** A batch failed: the workbook unpacks to far more than an HR export does (a zip bomb). */
  WorkbookTooLarge = 'IMPORT_WORKBOOK_TOO_LARGE',
  /** A batch failed: it stopped again and again without getting further, and was given up. */
  AttemptsExhausted = 'IMPORT_ATTEMPTS_EXHAUSTED',
}

/** The codes a failed batch carries (`failureCode`), beside its reason. */
export type ImportFailureCode =
  ImportErrorCode.FileRefused | ImportErrorCode.WorkbookTooLarge | ImportErrorCode.AttemptsExhausted;

export class ImportError extends DomainError<ImportErrorCode> {}

export const invalidImportInput = (message: string, fields: FieldIssue[]): ImportError =>
  new ImportError(ImportErrorCode.InvalidInput, message, { fields });

/** A file that cannot be imported at all (not a spreadsheet, cut off inside a cell, no header...). */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';

  constructor(
    message: string,
    readonly code: ImportFailureCode = ImportErrorCode.FileRefused,
  ) {
    super(message);
  }
}
