import { z } from 'zod';
import { programmeTermsInputSchema } from '../../programme-terms.command';

export const createProgrammeCommandSchema = z.object({
  sponsorId: z.uuid('sponsorId must be a sponsor id'),
  name: z.string().trim().min(1, 'name is required').max(200),
  officeIds: z
    .array(z.uuid('officeIds must be office ids'))
    .min(1, 'a programme is served by at least one office'),
  /** With its terms the programme is contracted at once; without, it is a draft until amended. */
  terms: programmeTermsInputSchema.nullish(),
});

export type CreateProgrammeCommand = z.infer<typeof createProgrammeCommandSchema>;
