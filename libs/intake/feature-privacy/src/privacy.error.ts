import { DomainError } from '@passerelle/shared/graphql';
import type { FieldIssue } from '@passerelle/shared/graphql';

export enum PrivacyErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  CandidateNotFound = 'CANDIDATE_NOT_FOUND',
  UnknownNotice = 'PRIVACY_NOTICE_NOT_FOUND',
  MobileRequired = 'MOBILE_REQUIRED',
  InvalidMobile = 'INVALID_MOBILE',
  NoSmsConsent = 'NO_SMS_CONSENT',
}

export class PrivacyError extends DomainError<PrivacyErrorCode> {}

export const invalidPrivacyInput = (message: string, fields: FieldIssue[]): PrivacyError =>
  new PrivacyError(PrivacyErrorCode.InvalidInput, message, { fields });

export const candidateNotFound = (candidateId: string): PrivacyError =>
  new PrivacyError(
    PrivacyErrorCode.CandidateNotFound,
    `candidate ${candidateId} does not exist or is not yours to see`,
  );
