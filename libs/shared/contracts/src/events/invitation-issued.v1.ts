import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/**
 * Identity issued a single-use way in: an invitation to set a password, or a sign-in link. Never
 * the secret itself: the notifier asks identity for the link when it writes the email (decision
 * 0018), so no credential and no address ever sits in Kafka's log.
 */
export const invitationIssuedV1 = defineEvent({
  type: 'InvitationIssued',
  version: 1,
  topic: 'passerelle.identity.account',
  producer: 'identity',
  schema: z.object({
    invitationId: z.uuid(),
    accountId: z.uuid(),
    purpose: z.enum(['invitation', 'sign_in_link']),
    expiresAt: instantSchema,
    issuedAt: instantSchema,
  }),
});
