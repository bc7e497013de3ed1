import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/**
 * An invited account came into use: its owner set their password and signed in for the first time.
 * For a person (`candidateId` set), intake makes them active in their programme. Ids only.
 */
export const accountActivatedV1 = defineEvent({
  type: 'AccountActivated',
  version: 1,
  topic: 'passerelle.identity.account',
  producer: 'identity',
  schema: z.object({
    accountId: z.uuid(),
    role: z.enum(['candidate', 'coach', 'ops', 'sponsor']),
    /** The person's candidate id; null for staff. */
    candidateId: z.uuid().nullable(),
    activatedAt: instantSchema,
  }),
});
