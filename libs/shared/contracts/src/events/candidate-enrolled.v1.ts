import { z } from 'zod';
import { defineEvent } from '../event-definition';

/** A person joined a programme. Ids only: identity and contact stay in intake. */
export const candidateEnrolledV1 = defineEvent({
  type: 'CandidateEnrolled',
  version: 1,
  topic: 'passerelle.intake.candidate',
  producer: 'intake',
  schema: z.object({
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    sponsorId: z.uuid(),
    officeIds: z.array(z.uuid()),
    enrolledAt: z.iso.datetime({ offset: true }),
    formerOccupationCode: z
      .string()
      .regex(/^[A-N]\d{4}$/, 'a ROME code such as M1805')
      .nullable(),
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as fr')),
    /**
     * The department the person lives in (from their commune or postcode), for local labour demand
     * and reach. Coarse on purpose: an area, never an address. Absent when intake does not know it.
     */
    homeDepartmentCode: z
      .string()
      .regex(/^(\d{2}|2A|2B|97\d)$/, 'a French department code such as 69, 2A or 974')
      .nullable()
      .optional(),
    /**
     * The former job title as the HR file writes it ("Resp. logistique", "OPERATRICE DE PRODUCTION"):
     * matching resolves it to a ROME code (FormerOccupationResolved), asking the coach when unsure.
     * `formerOccupationCode` is set only when the file gives a ROME code itself.
     */
    formerJobTitle: z.string().max(120, 'a job title of at most 120 characters').nullable().optional(),
  }),
});
