import { z } from 'zod';

export const readValidJobOfferRegisterQuerySchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
});

export type ReadValidJobOfferRegisterQuery = z.infer<typeof readValidJobOfferRegisterQuerySchema>;
