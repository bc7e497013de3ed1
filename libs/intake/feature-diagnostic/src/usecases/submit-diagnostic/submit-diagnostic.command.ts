import { z } from 'zod';

/** Submit the answers saved so far: the diagnostic is then complete and oriented. */
export const submitDiagnosticCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
});

export type SubmitDiagnosticCommand = z.infer<typeof submitDiagnosticCommandSchema>;
