import { z } from 'zod';

/** Export what intake holds about a person (their right of access). */
export const exportPersonalDataCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
});

export type ExportPersonalDataCommand = z.infer<typeof exportPersonalDataCommandSchema>;
