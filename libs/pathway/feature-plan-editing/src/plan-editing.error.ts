import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';
import type { PlanEditRefusal } from '@passerelle/pathway/domain';

export enum PlanEditingErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  OutOfScope = 'FORBIDDEN',
  PathwayNotFound = 'PATHWAY_NOT_FOUND',
  PathwayNotPlanned = 'PATHWAY_NOT_PLANNED',
  MilestoneNotFound = 'MILESTONE_NOT_FOUND',
  MilestoneSettled = 'MILESTONE_ALREADY_SETTLED',
  BudgetExceeded = 'SESSION_BUDGET_EXCEEDED',
  BeyondProgrammeEnd = 'BEYOND_PROGRAMME_END',
}

export class PlanEditingError extends DomainError<PlanEditingErrorCode> {}

export const invalidPlanEditInput = (message: string, fields: FieldIssue[]): PlanEditingError =>
  new PlanEditingError(PlanEditingErrorCode.InvalidInput, message, { fields });

/** The domain's refusal as the error the caller sees (code and message unchanged). */
export function planEditRefused(refusal: PlanEditRefusal): PlanEditingError {
  switch (refusal.code) {
    case 'invalid_input':
      return invalidPlanEditInput(`${refusal.field}: ${refusal.message}`, [
        { field: refusal.field, message: refusal.message },
      ]);
    case 'milestone_not_found':
      return new PlanEditingError(PlanEditingErrorCode.MilestoneNotFound, refusal.message);
    case 'milestone_settled':
      return new PlanEditingError(PlanEditingErrorCode.MilestoneSettled, refusal.message);
    case 'session_budget_exceeded':
      return new PlanEditingError(PlanEditingErrorCode.BudgetExceeded, refusal.message, {
        budget: refusal.budget,
        planned: refusal.planned,
      });
    case 'beyond_programme_end':
      return new PlanEditingError(PlanEditingErrorCode.BeyondProgrammeEnd, refusal.message);
  }
}
