import { z } from 'zod';

export const readProgrammeProgressSchema = z.object({ programmeId: z.uuid('must be an id (uuid)') });

/** Ops or the programme's sponsor read how many people are in each phase (aggregates only). */
export type ReadProgrammeProgressQuery = z.infer<typeof readProgrammeProgressSchema>;
