import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

export const milestoneReachedV1 = defineEvent({
  type: 'MilestoneReached',
  version: 1,
  topic: 'passerelle.pathway.pathway',
  producer: 'pathway',
  schema: z.object({
    pathwayId: z.uuid(),
    candidateId: z.uuid(),
    milestoneId: z.uuid(),
    kind: z.enum(['session', 'assessment', 'workshop', 'task']),
    /** The event that moved it (a session completed, an assessment completed...), when one did. */
    causeEventId: z.uuid().nullable(),
    reachedAt: instantSchema,
  }),
});
