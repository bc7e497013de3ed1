import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/** A coach now follows the person: chosen automatically, or reassigned by ops with a reason. */
export const coachAssignedV1 = defineEvent({
  type: 'CoachAssigned',
  version: 1,
  topic: 'passerelle.scheduling.assignment',
  producer: 'scheduling',
  schema: z.object({
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    coachId: z.uuid(),
    officeId: z.uuid(),
    previousCoachId: z.uuid().nullable(),
    mode: z.enum(['automatic', 'reassignment']),
    assignedAt: instantSchema,
  }),
});
