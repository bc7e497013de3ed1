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

export const correctOutcomeCommandSchema = outcomeFieldsSchema.extend({
  reason: z.string().trim().min(5, 'say why the outcome is corrected').max(2000),
});

export const logValidJobOfferCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  employerName: z.string().trim().min(1, 'employerName is required').max(200),
  jobTitle: z.string().trim().min(1, 'jobTitle is required').max(200),
  occupationCode: romeCodeSchema.nullish().transform((value) => value ?? null),
  contractType: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.enum(['permanent', 'fixed_term', 'temporary'], {
        message: 'contractType must be PERMANENT, FIXED_TERM or TEMPORARY',
      }),
    ),
  offeredOn: z.iso.date('offeredOn must be a date such as 2026-06-01'),
});

export const decideValidJobOfferCommandSchema = z
  .object({
    validJobOfferId: z.uuid('validJobOfferId must be a valid job offer id'),
    decision: z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(['accepted', 'refused'], { message: 'decision must be ACCEPTED or REFUSED' })),
    reason: z
      .string()
      .trim()
      .max(2000)
      .nullish()
      .transform((value) => value || null),
  })
  .refine((command) => command.decision !== 'refused' || command.reason !== null, {
    path: ['reason'],
    message: 'a refusal records its reason',
  });
