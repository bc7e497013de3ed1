import { z } from 'zod';

export const markNotificationsReadCommandSchema = z.object({
  /** Null: all of them. */
  ids: z.array(z.uuid()).max(500).nullable(),
});

export type MarkNotificationsReadCommand = z.infer<typeof markNotificationsReadCommandSchema> & {
  accountId: string;
};
