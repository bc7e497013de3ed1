import { z } from 'zod';

/** Another service (identity) asks how to write to a coach; an id that is no uuid names no one. */
export const readCoachContactSchema = z.object({ coachId: z.uuid() });

export type ReadCoachContactQuery = z.infer<typeof readCoachContactSchema>;
