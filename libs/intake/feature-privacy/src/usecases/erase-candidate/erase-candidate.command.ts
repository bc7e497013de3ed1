import { z } from 'zod';

/** Erase a person's personal data (their right to erasure). */
export const eraseCandidateCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
});

export type EraseCandidateCommand = z.infer<typeof eraseCandidateCommandSchema>;
