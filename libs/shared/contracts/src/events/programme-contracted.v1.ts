import { z } from 'zod';
import { defineEvent } from '../event-definition';
import {
  isoDateSchema,
  instantSchema,
  nafCodeSchema,
  outcomeCategorySchema,
  programmeTypeSchema,
} from '../vocabulary';

/**
 * The firm's service levels in a programme (optional: events before them carry none, and reporting
 * then uses the defaults): the first meeting within `firstMeetingWorkingDays` working days of the
 * enrolment (default 8), at least `sessionsPerMonth` interviews a month per person in accompaniment
 * (default 1), at most `peoplePerConsultant` people followed by one coach (default 30).
 */
export const serviceLevelTermsSchema = z.object({
  firstMeetingWorkingDays: z.number().int().positive(),
  sessionsPerMonth: z.number().int().positive(),
  peoplePerConsultant: z.number().int().positive(),
});

export type ServiceLevelTerms = z.infer<typeof serviceLevelTermsSchema>;

/** The service levels of a programme whose terms do not say (the usual terms of French outplacement). */
export const DEFAULT_SERVICE_LEVEL_TERMS: ServiceLevelTerms = {
  firstMeetingWorkingDays: 8,
  sessionsPerMonth: 1,
  peoplePerConsultant: 30,
};

/** The terms of a programme, as contracted or as last amended. Other services plan within them. */
export const programmeTermsSchema = z.object({
  programmeId: z.uuid(),
  sponsorId: z.uuid(),
  type: programmeTypeSchema,
  /** Sites of the sponsor concerned by the layoff (names as the sponsor uses them). */
  sites: z.array(z.string().min(1)),
  headcount: z.number().int().positive(),
  startDate: isoDateSchema,
  durationMonths: z.number().int().positive(),
  sessionBudgetPerPerson: z.number().int().nonnegative(),
  officeIds: z.array(z.uuid()),
  outcomeTargets: z.array(
    z.object({ category: outcomeCategorySchema, sharePercent: z.number().min(0).max(100) }),
  ),
  /** Added to v1 as an optional field: absent, the defaults (see serviceLevelTermsSchema). */
  serviceLevels: serviceLevelTermsSchema.optional(),
  /**
   * Added to v1 as an optional field (decision 0039): the employer's (or site's) NAF code, null when
   * ops have not entered it; absent from events produced before it. Matching reads a generic former
   * title with it, and reads again the titles of the programme's people when an amendment changes it.
   */
  employerNafCode: nafCodeSchema.nullable().optional(),
});

/** A sponsor contracted a programme. Keyed by the programme id on the programme topic. */
export const programmeContractedV1 = defineEvent({
  type: 'ProgrammeContracted',
  version: 1,
  topic: 'passerelle.intake.programme',
  producer: 'intake',
  schema: programmeTermsSchema.extend({ contractedAt: instantSchema }),
});
