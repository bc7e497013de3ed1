import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';

export enum ServiceLevelsErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
}

export class ServiceLevelsError extends DomainError<ServiceLevelsErrorCode> {}

export const invalidServiceLevelsInput = (message: string, fields: FieldIssue[]): ServiceLevelsError =>
  new ServiceLevelsError(ServiceLevelsErrorCode.InvalidInput, message, { fields });

export const programmeNotFound = (programmeId: string): ServiceLevelsError =>
  new ServiceLevelsError(
    ServiceLevelsErrorCode.ProgrammeNotFound,
    `programme ${programmeId} does not exist or is not yours to see`,
  );
