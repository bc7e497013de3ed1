import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';
import { sessionSlotSchema } from './session-booked.v1';

export const sessionNoShowV1 = defineEvent({
  type: 'SessionNoShow',
  version: 1,
  topic: 'passerelle.scheduling.session',
  producer: 'scheduling',
  schema: sessionSlotSchema.extend({ recordedAt: instantSchema }),
});
