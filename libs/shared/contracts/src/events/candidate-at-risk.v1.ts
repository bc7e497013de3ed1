import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/** A person looks stuck or in difficulty; the coach and ops see why and what to do next. */
export const candidateAtRiskV1 = defineEvent({
  type: 'CandidateAtRisk',
  version: 1,
  topic: 'passerelle.pathway.pathway',
  producer: 'pathway',
  schema: z.object({
    candidateId: z.uuid(),
    pathwayId: z.uuid(),
    reasons: z.array(z.enum(['inactivity', 'repeated_no_shows', 'overdue_milestones', 'distress'])).min(1),
    urgency: z.enum(['immediate', 'high', 'normal']),
    detectedAt: instantSchema,
  }),
});
