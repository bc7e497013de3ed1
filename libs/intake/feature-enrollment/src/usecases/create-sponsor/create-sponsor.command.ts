import { z } from 'zod';

/** A company paying for programmes, named by ops. */
export const createSponsorCommandSchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
});

export type CreateSponsorCommand = z.infer<typeof createSponsorCommandSchema>;
