import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';
import { sessionSlotSchema } from './session-booked.v1';

/**
 * Ops offered a person another coach for one of their sessions, because its coach (`coachId`) is
 * leaving; the person accepts or declines in the console (accepting announces SessionRescheduled).
 * Ids and times only, as every session event.
 */
export const coachChangeProposedV1 = defineEvent({
  type: 'CoachChangeProposed',
  version: 1,
  topic: 'passerelle.scheduling.session',
  producer: 'scheduling',
  schema: sessionSlotSchema.extend({
    proposedCoachId: z.uuid(),
    proposedAt: instantSchema,
  }),
});
