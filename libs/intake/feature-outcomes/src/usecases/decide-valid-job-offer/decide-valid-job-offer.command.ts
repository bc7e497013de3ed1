import { z } from 'zod';

/** The person's answer to a valid job offer; a refusal says why. */
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

export type DecideValidJobOfferCommand = z.infer<typeof decideValidJobOfferCommandSchema>;
