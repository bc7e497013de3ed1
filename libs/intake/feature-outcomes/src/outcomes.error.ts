import { DomainError } from '@passerelle/shared/graphql';
import type { FieldIssue } from '@passerelle/shared/graphql';

export enum OutcomesErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  CandidateNotFound = 'CANDIDATE_NOT_FOUND',
  ProgrammeNotFound = 'PROGRAMME_NOT_FOUND',
  OutcomeAlreadyRecorded = 'OUTCOME_ALREADY_RECORDED',
  NoOutcomeToCorrect = 'NO_OUTCOME_TO_CORRECT',
  OfferNotFound = 'VALID_JOB_OFFER_NOT_FOUND',
  OfferAlreadyDecided = 'VALID_JOB_OFFER_ALREADY_DECIDED',
  StatusChangeForOps = 'STATUS_CHANGE_FOR_OPS',
}

export class OutcomesError extends DomainError<OutcomesErrorCode> {}

export const invalidOutcomesInput = (message: string, fields: FieldIssue[]): OutcomesError =>
  new OutcomesError(OutcomesErrorCode.InvalidInput, message, { fields });

export const candidateNotFound = (candidateId: string): OutcomesError =>
  new OutcomesError(
    OutcomesErrorCode.CandidateNotFound,
    `candidate ${candidateId} does not exist or is not in your caseload or offices`,
  );
