import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema, sessionKindSchema, sessionModeSchema, workshopTopicSchema } from '../vocabulary';

/** The slot of a session, shared by the session events. */
export const sessionSlotSchema = z.object({
  sessionId: z.uuid(),
  /** One event per participant: a group workshop announces each seat under its person's key. */
  candidateId: z.uuid(),
  coachId: z.uuid(),
  officeId: z.uuid().nullable(),
  kind: sessionKindSchema,
  mode: sessionModeSchema,
  startsAt: instantSchema,
  endsAt: instantSchema,
});

export const sessionBookedV1 = defineEvent({
  type: 'SessionBooked',
  version: 1,
  topic: 'passerelle.scheduling.session',
  producer: 'scheduling',
  schema: sessionSlotSchema.extend({
    bookedAt: instantSchema,
    /**
     * Why the seat was given, when not asked for at that moment: `waiting_list` (a seat was freed
     * and the first person waiting got it). Absent for an ordinary booking or joining.
     */
    reasonCode: z.string().min(1).optional(),
    /** A group workshop's topic, when it has one (a code, never its title). */
    workshopTopic: workshopTopicSchema.optional(),
  }),
});
