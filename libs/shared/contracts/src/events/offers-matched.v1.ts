import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/** The job offers ranked for a person changed (new offer, expired offer, feedback, new profile). */
export const offersMatchedV1 = defineEvent({
  type: 'OffersMatched',
  version: 1,
  topic: 'passerelle.matching.recommendation',
  producer: 'matching',
  schema: z.object({
    candidateId: z.uuid(),
    computedAt: instantSchema,
    offers: z.array(z.object({ offerId: z.uuid(), rank: z.number().int().positive(), score: z.number() })),
  }),
});
