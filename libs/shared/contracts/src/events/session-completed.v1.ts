import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';
import { sessionSlotSchema } from './session-booked.v1';

export const sessionCompletedV1 = defineEvent({
  type: 'SessionCompleted',
  version: 1,
  topic: 'passerelle.scheduling.session',
  producer: 'scheduling',
  schema: sessionSlotSchema.extend({ completedAt: instantSchema }),
});
