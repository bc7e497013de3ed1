import { z } from 'zod';
import { parseInput as sharedParseInput } from '@passerelle/shared/graphql';
import { PlanningError, PlanningErrorCode } from './planning.error';

/** Validates an input; the error names each bad field so the caller can fix it. */
export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  return sharedParseInput(
    schema,
    input,
    (message, fields) => new PlanningError(PlanningErrorCode.InvalidInput, message, { fields }),
  );
}

const lower = (value: string) => value.toLowerCase();
export const idSchema = z.uuid('must be an id (uuid)');
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

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
export const removeMilestoneSchema = z.object({
  candidateId: idSchema,
  milestoneId: idSchema,
  reason: z.string(),
});
export const reorderMilestonesSchema = z.object({
  candidateId: idSchema,
  milestoneIds: z.array(idSchema).min(1, 'list every milestone in its new order'),
  reason: z.string(),
});
export const redateMilestoneSchema = z.object({
  candidateId: idSchema,
  milestoneId: idSchema,
  dueOn: dateSchema,
  reason: z.string(),
});

export const publishTemplateSchema = z.object({
  track: z.string().transform(lower),
  name: z.string().max(200),
  note: z
    .string()
    .max(1000)
    .nullish()
    .transform((v) => v ?? null),
  milestones: z.array(
    z.object({
      key: z.string(),
      phase: z.string().transform(lower),
      kind: z.string().transform(lower),
      title: z.string().max(200),
      dueOffsetDays: z.number().int(),
      dependsOn: z
        .array(z.string())
        .nullish()
        .transform((v) => v ?? []),
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
    }),
  ),
});
