import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/** The coach recorded the debrief; the person can now see their results. */
export const resultsReleasedV1 = defineEvent({
  type: 'ResultsReleased',
  version: 1,
  topic: 'passerelle.assessment.assessment',
  producer: 'assessment',
  schema: z.object({
    assessmentId: z.uuid(),
    candidateId: z.uuid(),
    coachId: z.uuid(),
    milestoneId: z.uuid().nullable(),
    releasedAt: instantSchema,
  }),
});
