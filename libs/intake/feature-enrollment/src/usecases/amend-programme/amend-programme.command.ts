import { z } from 'zod';
import { programmeTermsInputSchema } from '../../programme-terms.command';

export const amendProgrammeCommandSchema = z.object({
  programmeId: z.uuid('programmeId must be a programme id'),
  name: z.string().trim().min(1, 'name cannot be empty').max(200).optional(),
  officeIds: z
    .array(z.uuid('officeIds must be office ids'))
    .min(1, 'a programme is served by at least one office')
    .optional(),
  terms: programmeTermsInputSchema,
});

export type AmendProgrammeCommand = z.infer<typeof amendProgrammeCommandSchema>;
