import { z } from 'zod';

/** Cancel an import (a batch id, as `importCandidates` answered it). */
export const cancelImportCommandSchema = z.object({
  id: z.uuid('id must be an import id, as importCandidates answered it'),
});

export type CancelImportCommand = z.infer<typeof cancelImportCommandSchema>;
