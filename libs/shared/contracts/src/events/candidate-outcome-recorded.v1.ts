import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDateSchema, instantSchema, outcomeCategorySchema } from '../vocabulary';

/** A person's outcome was recorded (or corrected: the latest one for a candidate wins). */
export const candidateOutcomeRecordedV1 = defineEvent({
  type: 'CandidateOutcomeRecorded',
  version: 1,
  topic: 'passerelle.intake.candidate',
  producer: 'intake',
  schema: z.object({
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    outcomeId: z.uuid(),
    category: outcomeCategorySchema,
    outcomeDate: isoDateSchema,
    recordedAt: instantSchema,
  }),
});
