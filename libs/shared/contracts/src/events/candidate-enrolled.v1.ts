import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDateSchema } from '../vocabulary';

/** A band label as a programme's limits make it: "<26", "26-44", "55+" (years). */
const bandSchema = z
  .string()
  .regex(/^(<\d{1,3}|\d{1,3}-\d{1,3}|\d{1,3}\+)$/, 'a band such as <26, 26-44 or 55+');

/**
 * Who the person is in reporting's coarse categories (issue 17): bands and categories only, never
 * the date of birth or the hire date they come from. Each is absent or null when intake does not know it.
 */
export const demographicFields = {
  /** The age band on the enrolment day, under the programme's band limits. */
  ageBand: bandSchema.nullable().optional(),
  /** From the HR file's civilité, when it gives one. */
  sex: z.enum(['female', 'male']).nullable().optional(),
  socioProfessionalCategory: z
    .enum(['ouvrier', 'employe', 'technicien_agent_de_maitrise', 'cadre'])
    .nullable()
    .optional(),
  /** The sponsor's site or establishment, as the HR file names it. */
  site: z.string().min(1).max(80).nullable().optional(),
  /** Years of seniority (to the contract's end, or the enrolment day), under the programme's band limits. */
  seniorityBand: bandSchema.nullable().optional(),
  /** The end of the employment contract, yyyy-mm-dd. */
  contractEndsOn: isoDateSchema.nullable().optional(),
};

/** An INSEE employment zone 2020 code: four characters, e.g. "8414" or "0051". */
export const employmentZoneCodeSchema = z
  .string()
  .regex(/^\d{4}$/, 'an INSEE employment zone code such as 8414');

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
    ...demographicFields,
    /**
     * The INSEE employment zone (zones d'emploi 2020, e.g. "8414") of the person's commune, for
     * local labour demand: an area of tens of communes, never an address. Absent or null when intake
     * knows only a postcode or nothing (a postcode may straddle zones).
     */
    employmentZoneCode: employmentZoneCodeSchema.nullable().optional(),
    /**
     * The former job title as the HR file writes it ("Resp. logistique", "OPERATRICE DE PRODUCTION"):
     * matching resolves it to a ROME code (FormerOccupationResolved), asking the coach when unsure.
     * `formerOccupationCode` is set only when the file gives a ROME code itself.
     */
    formerJobTitle: z.string().max(120, 'a job title of at most 120 characters').nullable().optional(),
    /**
     * The programme's employer (or site) NAF code, such as "10.51C" (decision 0039): matching reads a
     * generic former title with it. Absent or null when ops have not entered it.
     */
    employerNafCode: z
      .string()
      .regex(/^\d{2}\.\d{2}[A-Z]$/, 'a NAF code such as 10.51C')
      .nullable()
      .optional(),
    /** The HR file's service column as written ("Fabrication"), with the NAF code for the title. */
    service: z.string().min(1).max(80).nullable().optional(),
  }),
});
