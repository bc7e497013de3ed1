import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';

/**
 * Matching no longer stands by the code it resolved a person's former title to on its own
 * (`FormerOccupationResolved`, automatic): read again with a new context (the programme's employer
 * NAF code amended, decision 0039) the title is not sure any more, and the person's coach is asked.
 * Intake drops that automatic code (never a code HR gave or a coach confirmed) until the next
 * answer. Ids and a date only.
 */
export const formerOccupationWithdrawnV1 = defineEvent({
  type: 'FormerOccupationWithdrawn',
  version: 1,
  topic: 'passerelle.matching.recommendation',
  producer: 'matching',
  schema: z.object({
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    withdrawnAt: instantSchema,
  }),
});
