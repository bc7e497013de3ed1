import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';
import type { FieldProblem, ValidationRefusal } from '@passerelle/career/domain';

export enum ProjectErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  /** Not the person, not their coach (another coach, ops, sponsor, committee), or unknown here. */
  OutOfScope = 'FORBIDDEN',
  /** Reviewing or validating before any draft exists. */
  NotFound = 'PROJECT_NOT_FOUND',
  /** The review and the validation are the coach's. */
  CoachOnly = 'PROJECT_COACH_ONLY',
  AlreadyValidated = 'PROJECT_ALREADY_VALIDATED',
  NoTarget = 'PROJECT_NO_TARGET',
  NotReviewed = 'PROJECT_NOT_REVIEWED',
  /** The version validated is not the current one: someone edited it since. */
  VersionChanged = 'PROJECT_VERSION_CHANGED',
}

export class ProjectError extends DomainError<ProjectErrorCode> {}

export const invalidProjectInput = (message: string, fields: FieldIssue[]): ProjectError =>
  new ProjectError(ProjectErrorCode.InvalidInput, message, { fields });

/** The domain's problems with a draft or a review, naming each field. */
export const projectProblems = (problems: FieldProblem[]): ProjectError =>
  invalidProjectInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);

export const outOfScope = (): ProjectError =>
  new ProjectError(
    ProjectErrorCode.OutOfScope,
    'the professional project is seen by the person and their coach only',
  );

const REFUSALS: Record<ValidationRefusal, [ProjectErrorCode, string]> = {
  PROJECT_ALREADY_VALIDATED: [ProjectErrorCode.AlreadyValidated, 'this version is already validated'],
  PROJECT_NO_TARGET: [
    ProjectErrorCode.NoTarget,
    'a project is validated with at least one target occupation',
  ],
  PROJECT_NOT_REVIEWED: [
    ProjectErrorCode.NotReviewed,
    'complete the feasibility review, with its verdict and reasoning, before validating',
  ],
  PROJECT_VERSION_CHANGED: [
    ProjectErrorCode.VersionChanged,
    'the project changed since that version: read the current one',
  ],
};

export function validationRefused(refusal: ValidationRefusal): ProjectError {
  const [code, message] = REFUSALS[refusal];
  return new ProjectError(code, message, refusal === 'PROJECT_VERSION_CHANGED' ? { field: 'version' } : {});
}
