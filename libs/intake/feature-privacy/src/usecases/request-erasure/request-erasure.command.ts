import { z } from 'zod';

export const requestErasureCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
});

/** The person asks for everything the platform holds about them to be erased. */
export type RequestErasureCommand = z.infer<typeof requestErasureCommandSchema>;
