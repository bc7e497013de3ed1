import { z } from 'zod';

/** Whose downloads: the programme. */
export const readDreetsReportDownloadsSchema = z.object({
  programmeId: z.uuid('must be an id (uuid)'),
});

export type ReadDreetsReportDownloadsQuery = z.infer<typeof readDreetsReportDownloadsSchema>;
