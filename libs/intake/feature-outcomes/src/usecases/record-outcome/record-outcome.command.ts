import { z } from 'zod';
import { OUTCOME_CATEGORIES, romeCodeSchema } from '@passerelle/shared/contracts';

const category = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(
    z.enum(OUTCOME_CATEGORIES, {
      message: `category must be one of ${OUTCOME_CATEGORIES.map((c) => c.toUpperCase()).join(', ')}`,
    }),
  );

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

export const outcomeFieldsSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  category,
  outcomeDate: z.iso.date('outcomeDate must be a date such as 2026-06-01'),
  employerName: optionalText(200),
  jobTitle: optionalText(200),
  occupationCode: romeCodeSchema.nullish().transform((value) => value ?? null),
  contractMonths: z
    .number()
    .int('contractMonths is a whole number of months')
    .min(1, 'contractMonths must be at least 1')
    .max(120)
    .nullish()
    .transform((value) => value ?? null),
  fullTime: z
    .boolean()
    .nullish()
    .transform((value) => value ?? null),
});
export type OutcomeFields = z.infer<typeof outcomeFieldsSchema>;

/** A person's first outcome. */
export const recordOutcomeCommandSchema = outcomeFieldsSchema;
export type RecordOutcomeCommand = OutcomeFields;
