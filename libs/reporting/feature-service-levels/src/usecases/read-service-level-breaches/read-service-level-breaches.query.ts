import { z } from 'zod';

/**
 * The programme, and the date the service levels are measured on (now when left out; never in the
 * future: a breach is what has happened).
 */
export const readServiceLevelsSchema = (now: Date) =>
  z.object({
    programmeId: z.uuid('must be an id (uuid)'),
    asOf: z
      .date('must be a date and time')
      .refine((asOf) => asOf <= now, 'must not be in the future')
      .nullish()
      .transform((asOf) => asOf ?? now),
  });

export type ReadServiceLevelsQuery = z.infer<ReturnType<typeof readServiceLevelsSchema>>;
