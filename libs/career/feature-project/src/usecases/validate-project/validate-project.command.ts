import { z } from 'zod';

export const validateProjectCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  version: z.number().int().min(1, 'version is 1 or more'),
});

/** The coach validates the version they reviewed. */
export type ValidateProjectCommand = z.infer<typeof validateProjectCommandSchema>;
