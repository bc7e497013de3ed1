import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema, romeCodeSchema } from '../vocabulary';

/** A valid job offer (OVE) made to a person was logged, with their decision. */
export const validJobOfferLoggedV1 = defineEvent({
  type: 'ValidJobOfferLogged',
  version: 1,
  topic: 'passerelle.intake.candidate',
  producer: 'intake',
  schema: z.object({
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    validJobOfferId: z.uuid(),
    occupationCode: romeCodeSchema.nullable(),
    decision: z.enum(['pending', 'accepted', 'refused']),
    /**
     * Whether the offer met the programme's OVE definition under its terms at that step (true,
     * false; null when what was logged cannot say). For reporting's counts; the register in intake
     * re-checks against the terms as amended. Absent from events logged before it was added.
     */
    meetsProgrammeDefinition: z.boolean().nullable().optional(),
    loggedAt: instantSchema,
  }),
});
