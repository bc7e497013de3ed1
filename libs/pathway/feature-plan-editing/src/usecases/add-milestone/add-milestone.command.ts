import { z } from 'zod';
import type { MilestoneRequest } from '@passerelle/pathway/domain';
import { absentAsEmpty, absentAsNull } from '@passerelle/shared/graphql';
import { dateSchema, idSchema, lower } from '../plan-edit.schemas';
import type { PlanEditCommand } from '../plan-editor';

export const addMilestoneSchema = z.object({
  candidateId: idSchema,
  phase: z.string().transform(lower),
  kind: z.string().transform(lower),
  title: z.string().max(200, 'at most 200 characters'),
  dueOn: dateSchema,
  sessionKind: absentAsNull(z.string().transform(lower)),
  instrumentCode: absentAsNull(z.string().min(1)),
  dependsOn: absentAsEmpty(z.array(idSchema)),
  afterMilestoneId: absentAsNull(idSchema),
  reason: z.string(),
});

/** A coach adds a milestone of their own, after another or at the end; it survives a re-plan. */
export interface AddMilestoneCommand extends PlanEditCommand, MilestoneRequest {
  afterMilestoneId: string | null;
}
