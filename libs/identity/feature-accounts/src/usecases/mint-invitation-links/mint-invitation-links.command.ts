import { z } from 'zod';

/** The most invitations one call may mint: the notifier asks per Kafka batch, in slices of this size. */
export const MAX_LINKS_PER_CALL = 500;

/** The notifier writes a Kafka batch's invitation emails and needs their links at once (decision 0055). */
export const mintInvitationLinksSchema = z.object({
  invitationIds: z
    .array(z.uuid({ version: 'v4' }))
    .min(1)
    .max(MAX_LINKS_PER_CALL),
});

export interface MintInvitationLinksCommand {
  invitationIds: readonly string[];
  now: Date;
}
