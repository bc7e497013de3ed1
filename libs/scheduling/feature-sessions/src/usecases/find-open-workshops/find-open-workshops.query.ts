import { z } from 'zod';

export const findOpenWorkshopsQuerySchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
});

export type FindOpenWorkshopsQuery = z.infer<typeof findOpenWorkshopsQuerySchema>;
