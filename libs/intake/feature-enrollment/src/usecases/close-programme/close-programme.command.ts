import { z } from 'zod';

/** Close a contracted programme; closing is final. */
export const closeProgrammeCommandSchema = z.object({
  programmeId: z.uuid('programmeId must be a programme id'),
});

export type CloseProgrammeCommand = z.infer<typeof closeProgrammeCommandSchema>;
