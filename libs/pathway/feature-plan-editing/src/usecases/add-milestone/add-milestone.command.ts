import { z } from 'zod';
import { dateSchema, idSchema, lower } from '../plan-edit.schemas';
import type { PlanEditCommand } from '../plan-editor';

export const addMilestoneSchema = z.object({
  candidateId: idSchema,
  phase: z.string().transform(lower),
  kind: z.string().transform(lower),
  title: z.string().max(200, 'at most 200 characters'),
  dueOn: dateSchema,
  sessionKind: z
    .string()
    .transform(lower)
    .nullish()
    .transform((v) => v ?? null),
  instrumentCode: z
    .string()
    .min(1)
    .nullish()
    .transform((v) => v ?? null),
  dependsOn: z
    .array(idSchema)
    .nullish()
    .transform((v) => v ?? []),
  afterMilestoneId: idSchema.nullish().transform((v) => v ?? null),
  reason: z.string(),
});

/** A coach adds a milestone of their own, after another or at the end; it survives a re-plan. */
export interface AddMilestoneCommand extends PlanEditCommand {
  phase: string;
  kind: string;
  title: string;
  dueOn: string;
  sessionKind: string | null;
  instrumentCode: string | null;
  dependsOn: string[];
  afterMilestoneId: string | null;
}
