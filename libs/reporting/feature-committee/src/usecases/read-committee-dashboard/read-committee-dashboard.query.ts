import { z } from 'zod';

/**
 * The programme, and the date the figures are for (now when left out; never in the future: the
 * figures of a day not yet over would change).
 */
export const readCommitteeDashboardSchema = (now: Date) =>
  z.object({
    programmeId: z.uuid('must be an id (uuid)'),
    asOf: z
      .date('must be a date and time')
      .refine((asOf) => asOf <= now, 'must not be in the future')
      .nullish()
      .transform((asOf) => asOf ?? now),
  });

export type ReadCommitteeDashboardQuery = z.infer<ReturnType<typeof readCommitteeDashboardSchema>>;
