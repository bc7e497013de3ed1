import { z } from 'zod';

export const readCvQuerySchema = z.object({ candidateId: z.uuid('candidateId must be a candidate id') });

export type ReadCvQuery = z.infer<typeof readCvQuerySchema>;
