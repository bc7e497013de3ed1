import { z } from 'zod';

export const DREETS_REPORT_FORMATS = ['pdf', 'xlsx'] as const;

const pastDate = (now: Date) =>
  z.coerce
    .date('must be a date and time (ISO 8601)')
    .refine((date) => date <= now, 'must not be in the future')
    .nullish()
    .transform((date) => date ?? now);

/**
 * Which report: the programme, the format, the end of the programme the figures are for (`asOf`)
 * and the follow-up date the outcomes are counted again at (`followUp`, on or after `asOf`); each
 * now when left out, never in the future (the figures of a day not yet over would change).
 */
export const downloadDreetsReportSchema = (now: Date) =>
  z
    .object({
      programmeId: z.uuid('must be an id (uuid)'),
      format: z.enum(DREETS_REPORT_FORMATS, 'must be pdf or xlsx'),
      asOf: pastDate(now),
      followUp: pastDate(now),
    })
    .superRefine((command, context) => {
      if (command.followUp < command.asOf)
        context.addIssue({ code: 'custom', path: ['followUp'], message: 'must not be before asOf' });
    });

export type DownloadDreetsReportCommand = z.infer<ReturnType<typeof downloadDreetsReportSchema>>;
