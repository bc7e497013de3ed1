import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema, riasecTypeSchema, romeCodeSchema } from '../vocabulary';

/**
 * A person submitted an assessment and it was scored. The profile travels so that matching can
 * use it; it stays confidential (never shown to a sponsor, released to the person after debrief).
 */
export const assessmentCompletedV1 = defineEvent({
  type: 'AssessmentCompleted',
  version: 1,
  topic: 'passerelle.assessment.assessment',
  producer: 'assessment',
  schema: z.object({
    assessmentId: z.uuid(),
    candidateId: z.uuid(),
    instrumentCode: z.string().min(1),
    instrumentVersion: z.string().min(1),
    /** The pathway milestone that asked for it, when one did. */
    milestoneId: z.uuid().nullable(),
    completedAt: instantSchema,
    riasec: z
      .object({
        scores: z.record(riasecTypeSchema, z.number()),
        hollandCode: z.string().regex(/^[RIASEC]{1,3}$/, 'up to three RIASEC letters'),
        /** Highest minus lowest score. */
        differentiation: z.number().optional(),
        /** Of the code's first two letters on Holland's hexagon. */
        consistency: z.enum(['high', 'medium', 'low']).optional(),
      })
      .nullable(),
    /** Work-values questionnaire: mean importance per value (1-5) and the top three; null otherwise. */
    workValues: z
      .object({ scores: z.record(z.string(), z.number()), top: z.array(z.string()) })
      .nullable()
      .optional(),
    /** Self-rated skills (ROME skill codes, rating 1-5); empty for other instruments. */
    skills: z.array(z.object({ skillCode: z.string().min(1), rating: z.number().int().min(1).max(5) })),
    /** Occupations the person is targeting, when the instrument asked. */
    targetOccupationCodes: z.array(romeCodeSchema),
  }),
});
