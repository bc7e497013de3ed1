import { z } from 'zod';

/** The most people one call may ask about: identity asks per Kafka batch, in slices of this size. */
export const MAX_CONTACTS_PER_CALL = 500;

/** Identity, opening a Kafka batch's accounts, asks how to write to each of its people at once. */
export const readCandidateContactsSchema = z.object({
  candidateIds: z.array(z.uuid()).min(1).max(MAX_CONTACTS_PER_CALL),
});

export type ReadCandidateContactsQuery = z.infer<typeof readCandidateContactsSchema>;
