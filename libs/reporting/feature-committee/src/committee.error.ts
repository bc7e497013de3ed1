import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum CommitteeErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
}

export class CommitteeError extends DomainError<CommitteeErrorCode> {}

export const invalidCommitteeInput = (message: string, fields: FieldIssue[]): CommitteeError =>
  new CommitteeError(CommitteeErrorCode.InvalidInput, message, { fields });

export const programmeNotFound = (programmeId: string): CommitteeError =>
  new CommitteeError(
    CommitteeErrorCode.ProgrammeNotFound,
    `programme ${programmeId} does not exist or is not yours to see`,
  );
