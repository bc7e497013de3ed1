import { z } from 'zod';
import { idSchema } from '../plan-edit.schemas';
import type { PlanEditCommand } from '../plan-editor';

export const reorderMilestonesSchema = z.object({
  candidateId: idSchema,
  milestoneIds: z.array(idSchema).min(1, 'list every milestone in its new order'),
  reason: z.string(),
});

/** A coach puts the plan's live milestones in a new order, listing every one. */
export interface ReorderMilestonesCommand extends PlanEditCommand {
  milestoneIds: string[];
}
