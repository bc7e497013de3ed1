import { z } from 'zod';

/** The person agrees (with the number to text, or the one the HR file gave) or withdraws. */
export const recordSmsConsentCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  granted: z.boolean(),
  mobile: z.string().trim().min(1, 'mobile is empty').max(40, 'mobile is too long').nullish(),
});

export type RecordSmsConsentCommand = z.infer<typeof recordSmsConsentCommandSchema>;
