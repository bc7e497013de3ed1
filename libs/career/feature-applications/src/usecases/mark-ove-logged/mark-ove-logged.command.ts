import { z } from 'zod';

/** The coach logged the answered offer in intake's OVE register. */
export const markOveLoggedCommandSchema = z.object({
  applicationId: z.uuid('applicationId must be an application id'),
});

export type MarkOveLoggedCommand = z.infer<typeof markOveLoggedCommandSchema>;
