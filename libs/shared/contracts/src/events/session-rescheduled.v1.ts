import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';
import { sessionSlotSchema } from './session-booked.v1';

export const sessionRescheduledV1 = defineEvent({
  type: 'SessionRescheduled',
  version: 1,
  topic: 'passerelle.scheduling.session',
  producer: 'scheduling',
  schema: sessionSlotSchema.extend({
    previousStartsAt: instantSchema,
    previousEndsAt: instantSchema,
    previousCoachId: z.uuid(),
    rescheduledAt: instantSchema,
  }),
});
