import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema, romeCodeSchema } from '../vocabulary';

/** A person's occupation recommendations were recomputed; the explanations stay in matching. */
export const occupationsRecommendedV1 = defineEvent({
  type: 'OccupationsRecommended',
  version: 1,
  topic: 'passerelle.matching.recommendation',
  producer: 'matching',
  schema: z.object({
    candidateId: z.uuid(),
    computedAt: instantSchema,
    recommendations: z.array(
      z.object({
        occupationCode: romeCodeSchema,
        rank: z.number().int().positive(),
        score: z.number(),
        proximity: z.enum(['same', 'close', 'off_track']),
      }),
    ),
  }),
});
