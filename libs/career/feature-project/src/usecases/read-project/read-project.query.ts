import { z } from 'zod';

export const readProjectQuerySchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
});

/** The person's project, for the person or their coach. */
export type ReadProjectQuery = z.infer<typeof readProjectQuerySchema>;
