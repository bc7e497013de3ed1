import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/**
 * A person flagged at risk no longer is (seen, active again, paused or placed): what
 * CandidateAtRisk raised is over. Lets a service that lists people at risk stop listing them.
 */
export const candidateRiskClearedV1 = defineEvent({
  type: 'CandidateRiskCleared',
  version: 1,
  topic: 'passerelle.pathway.pathway',
  producer: 'pathway',
  schema: z.object({
    candidateId: z.uuid(),
    pathwayId: z.uuid(),
    clearedAt: instantSchema,
  }),
});
