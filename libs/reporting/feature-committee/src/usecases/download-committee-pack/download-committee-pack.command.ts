import { z } from 'zod';

export const PACK_FORMATS = ['pdf', 'xlsx'] as const;

/**
 * Which pack: the programme, the date of the figures (now when left out; never in the future, as
 * for the dashboard) and the format.
 */
export const downloadCommitteePackSchema = (now: Date) =>
  z.object({
    programmeId: z.uuid('must be an id (uuid)'),
    format: z.enum(PACK_FORMATS, 'must be pdf or xlsx'),
    asOf: z.coerce
      .date('must be a date and time (ISO 8601)')
      .refine((asOf) => asOf <= now, 'must not be in the future')
      .nullish()
      .transform((asOf) => asOf ?? now),
  });

export type DownloadCommitteePackCommand = z.infer<ReturnType<typeof downloadCommitteePackSchema>>;
