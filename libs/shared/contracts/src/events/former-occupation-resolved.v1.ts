import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema, romeCodeSchema } from '../vocabulary';

/**
 * Matching resolved a person's former job title (as HR wrote it) to a ROME occupation: on its own
 * when sure enough (`automatic`, with the resolver's confidence), or because their coach chose it
 * (`confirmed`, confidence 1). Intake keeps it on the person, assessment uses it where it used the
 * enrolment's code. Codes only: the title stays in intake and matching.
 */
export const formerOccupationResolvedV1 = defineEvent({
  type: 'FormerOccupationResolved',
  version: 1,
  topic: 'passerelle.matching.recommendation',
  producer: 'matching',
  schema: z.object({
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    romeCode: romeCodeSchema,
    how: z.enum(['automatic', 'confirmed']),
    confidence: z.number().min(0).max(1),
    resolvedAt: instantSchema,
  }),
});
