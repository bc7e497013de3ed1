import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';
import { sessionSlotSchema } from './session-booked.v1';

export const sessionCancelledV1 = defineEvent({
  type: 'SessionCancelled',
  version: 1,
  topic: 'passerelle.scheduling.session',
  producer: 'scheduling',
  schema: sessionSlotSchema.extend({
    cancelledBy: z.enum(['candidate', 'coach', 'ops']),
    reasonCode: z.string().min(1),
    cancelledAt: instantSchema,
  }),
});
