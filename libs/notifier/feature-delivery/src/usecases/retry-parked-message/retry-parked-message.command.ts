import { z } from 'zod';

export const retryParkedMessageCommandSchema = z.object({ id: z.uuid() });

/** Ops hand a parked message back to the sender. */
export type RetryParkedMessageCommand = z.infer<typeof retryParkedMessageCommandSchema> & {
  /** The caller's offices, or null for all. */
  officeIds: string[] | null;
};
