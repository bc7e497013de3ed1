import { z } from 'zod';

/** Whose downloads: the programme. */
export const readPackDownloadsSchema = z.object({
  programmeId: z.uuid('must be an id (uuid)'),
});

export type ReadPackDownloadsQuery = z.infer<typeof readPackDownloadsSchema>;
