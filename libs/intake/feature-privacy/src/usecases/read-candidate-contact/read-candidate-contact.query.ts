import { z } from 'zod';

/** Another service (identity) asks how to write to a person; an id that is no uuid names no one. */
export const readCandidateContactSchema = z.object({ candidateId: z.uuid() });

export type ReadCandidateContactQuery = z.infer<typeof readCandidateContactSchema>;
