import { z } from 'zod';
import { outcomeFieldsSchema } from '../record-outcome/record-outcome.command';

/** The outcome again, whole, with why the earlier one was wrong. */
export const correctOutcomeCommandSchema = outcomeFieldsSchema.extend({
  reason: z.string().trim().min(5, 'say why the outcome is corrected').max(2000),
});

export type CorrectOutcomeCommand = z.infer<typeof correctOutcomeCommandSchema>;
