import { z } from 'zod';
import { dateSchema, idSchema } from '../plan-edit.schemas';
import type { PlanEditCommand } from '../plan-editor';

export const redateMilestoneSchema = z.object({
  candidateId: idSchema,
  milestoneId: idSchema,
  dueOn: dateSchema,
  reason: z.string(),
});

/** A coach moves a milestone not yet settled to another day inside the plan's window. */
export interface RedateMilestoneCommand extends PlanEditCommand {
  milestoneId: string;
  dueOn: string;
}
