import { DomainError } from '@passerelle/shared/graphql';

export enum PlanningErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  OutOfScope = 'FORBIDDEN',
  PathwayNotFound = 'PATHWAY_NOT_FOUND',
  PathwayNotPlanned = 'PATHWAY_NOT_PLANNED',
  MilestoneNotFound = 'MILESTONE_NOT_FOUND',
  MilestoneSettled = 'MILESTONE_ALREADY_SETTLED',
  BudgetExceeded = 'SESSION_BUDGET_EXCEEDED',
  BeyondProgrammeEnd = 'BEYOND_PROGRAMME_END',
  InvalidTemplate = 'INVALID_TEMPLATE',
}

export class PlanningError extends DomainError<PlanningErrorCode> {}
