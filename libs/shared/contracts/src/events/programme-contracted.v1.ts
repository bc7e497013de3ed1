import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDateSchema, instantSchema, outcomeCategorySchema, programmeTypeSchema } from '../vocabulary';

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
});

/** A sponsor contracted a programme. Keyed by the programme id on the programme topic. */
export const programmeContractedV1 = defineEvent({
  type: 'ProgrammeContracted',
  version: 1,
  topic: 'passerelle.intake.programme',
  producer: 'intake',
  schema: programmeTermsSchema.extend({ contractedAt: instantSchema }),
});
