import { z } from 'zod';

/** The notes and the follow-up delay, replaced as sent (none: no notes, the default delay). */
export const editApplicationCommandSchema = z.object({
  applicationId: z.uuid('applicationId must be an application id'),
  notes: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  followUpDays: z
    .number()
    .nullish()
    .transform((v) => v ?? null),
});

export type EditApplicationCommand = z.infer<typeof editApplicationCommandSchema>;
