import { DomainError } from '@passerelle/shared/graphql';

export enum ImportErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
  UploadNotFound = 'UPLOAD_NOT_FOUND',
  BatchNotFound = 'IMPORT_NOT_FOUND',
  OutOfScope = 'FORBIDDEN',
  AlreadyFinished = 'IMPORT_ALREADY_FINISHED',
  Busy = 'IMPORT_IN_PROGRESS',
}

export class ImportError extends DomainError<ImportErrorCode> {}

/** A file that cannot be imported at all (not a spreadsheet, cut off inside a cell, no header...). */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}
