import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema } from '../vocabulary';
import { candidateEnrolledV1, demographicFields } from './candidate-enrolled.v1';

const enrolled = candidateEnrolledV1.schema.shape;

/**
 * A correction file (an HR import of people already enrolled) changed what other services were
 * told at enrolment. Only the fields that changed are present, with their new value (null: no
 * longer known); names and contact details stay in intake, as at enrolment.
 */
export const candidateDetailsCorrectedV1 = defineEvent({
  type: 'CandidateDetailsCorrected',
  version: 1,
  topic: 'passerelle.intake.candidate',
  producer: 'intake',
  schema: z.object({
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    formerOccupationCode: enrolled.formerOccupationCode.optional(),
    /** A new former job title: matching resolves it again, as at enrolment. */
    formerJobTitle: enrolled.formerJobTitle,
    languages: enrolled.languages.optional(),
    homeDepartmentCode: z
      .string()
      .regex(/^(\d{2}|2A|2B|97\d)$/, 'a French department code such as 69, 2A or 974')
      .nullable()
      .optional(),
    ...demographicFields,
    /** Sent with the home department when the commune changes (null: the new zone is not known). */
    employmentZoneCode: enrolled.employmentZoneCode,
    /** Sent with the former title (and on their own when the service changes): matching resolves again. */
    employerNafCode: enrolled.employerNafCode,
    service: enrolled.service,
    correctedAt: instantSchema,
  }),
});
