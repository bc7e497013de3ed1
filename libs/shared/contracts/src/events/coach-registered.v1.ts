import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/**
 * Ops added a coach to the directory. Ids only: identity opens the coach's account and asks
 * scheduling for the work address to invite them at (decision 0018).
 */
export const coachRegisteredV1 = defineEvent({
  type: 'CoachRegistered',
  version: 1,
  topic: 'passerelle.scheduling.coach',
  producer: 'scheduling',
  schema: z.object({
    coachId: z.uuid(),
    officeIds: z.array(z.uuid()).min(1),
    registeredAt: instantSchema,
  }),
});
