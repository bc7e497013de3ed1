import { z } from 'zod';
import { idSchema } from '../plan-edit.schemas';
import type { PlanEditCommand } from '../plan-editor';

export const removeMilestoneSchema = z.object({
  candidateId: idSchema,
  milestoneId: idSchema,
  reason: z.string(),
});

/** A coach takes a milestone not yet settled off the plan; what depended on it no longer does. */
export interface RemoveMilestoneCommand extends PlanEditCommand {
  milestoneId: string;
}
