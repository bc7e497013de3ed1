import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/** Time to remind a person of a session (e.g. 24 h and 1 h before); a notifier sends it. */
export const sessionReminderDueV1 = defineEvent({
  type: 'SessionReminderDue',
  version: 1,
  topic: 'passerelle.scheduling.session',
  producer: 'scheduling',
  schema: z.object({
    reminderId: z.uuid(),
    sessionId: z.uuid(),
    candidateId: z.uuid(),
    coachId: z.uuid(),
    startsAt: instantSchema,
    leadMinutes: z.number().int().positive(),
    dueAt: instantSchema,
  }),
});
