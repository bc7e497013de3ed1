import { z } from 'zod';
import { idSchema } from '../plan-edit.schemas';
import type { PlanEditCommand } from '../plan-editor';

export const completeMilestoneSchema = z.object({
  candidateId: idSchema,
  milestoneId: idSchema,
  reason: z.string(),
});

/** A coach marks a task milestone done; it is recorded as a fact, like any other progress. */
export interface CompleteMilestoneCommand extends PlanEditCommand {
  milestoneId: string;
}
