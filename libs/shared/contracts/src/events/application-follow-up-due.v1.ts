import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDateSchema } from '../vocabulary';

/**
 * Career's sweep found an application still without an answer after the follow-up delay the person
 * chose: the notifier reminds the person to follow it up. Once per application.
 */
export const applicationFollowUpDueV1 = defineEvent({
  type: 'ApplicationFollowUpDue',
  version: 1,
  topic: 'passerelle.career.application',
  producer: 'career',
  schema: z.object({
    applicationId: z.uuid(),
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    sentOn: isoDateSchema,
    dueOn: isoDateSchema,
  }),
});
