import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema, trackSchema } from '../vocabulary';

/**
 * A person's diagnostic was submitted and oriented, or a coach overrode the track (source
 * `coach_override`). Carries the orientation, never the answers: those stay confidential in intake.
 */
export const candidateDiagnosedV1 = defineEvent({
  type: 'CandidateDiagnosed',
  version: 1,
  topic: 'passerelle.intake.candidate',
  producer: 'intake',
  schema: z.object({
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    diagnosticId: z.uuid(),
    questionnaireVersion: z.string().min(1),
    track: trackSchema,
    source: z.enum(['rules', 'coach_override']),
    /** Stable codes of the rules that decided the track (e.g. `retirement_within_24_months`). */
    reasonCodes: z.array(z.string().min(1)),
    /** A distress answer: the person needs prompt human contact. */
    distressFlag: z.boolean(),
    /** How far the person accepts to travel for work, in km; null when they did not say. */
    mobilityRadiusKm: z.number().int().nonnegative().nullable(),
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as fr')),
    diagnosedAt: instantSchema,
  }),
});
