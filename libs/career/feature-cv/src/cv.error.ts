import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';
import type { CvProblem } from '@passerelle/career/domain';

export enum CvErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  /** Not the person, not their coach (another coach, ops, sponsor, committee), or unknown here. */
  OutOfScope = 'FORBIDDEN',
  NotFound = 'CV_NOT_FOUND',
  AlreadyExists = 'CV_ALREADY_EXISTS',
  /** The version saved from is not the current one: someone saved another since. */
  VersionChanged = 'CV_VERSION_CHANGED',
  VersionNotFound = 'CV_VERSION_NOT_FOUND',
  CommentNotFound = 'CV_COMMENT_NOT_FOUND',
  /** Comments are the coach's. */
  CoachOnly = 'CV_COACH_ONLY',
  AlreadyResolved = 'CV_COMMENT_ALREADY_RESOLVED',
}

export class CvError extends DomainError<CvErrorCode> {}

export const invalidCvInput = (message: string, fields: FieldIssue[]): CvError =>
  new CvError(CvErrorCode.InvalidInput, message, { fields });

/** The domain's problems with a CV, each naming its field and line. */
export const cvRefused = (problems: CvProblem[]): CvError =>
  invalidCvInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);

export const outOfScope = (): CvError =>
  new CvError(CvErrorCode.OutOfScope, 'a CV is seen by the person and their coach only');

export const cvNotFound = (): CvError =>
  new CvError(CvErrorCode.NotFound, 'the person has no CV yet: create it first');
