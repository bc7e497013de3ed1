import { z } from 'zod';
import { TRACKS } from '@passerelle/shared/contracts';
import { dailyWindowSchema, graphQLEnumInput } from '@passerelle/scheduling/domain';

const language = z.string().regex(/^[a-z]{2}$/, 'languages must be ISO 639-1 codes such as fr');

export const createCoachCommandSchema = z.object({
  id: z.uuid('id must be a uuid').nullish(),
  displayName: z.string().trim().min(1, 'displayName is required').max(200),
  /** The coach's work address, kept lower-case: one coach per address, whatever its case. */
  email: z
    .email('email is not a valid address')
    .max(254, 'email is longer than an address can be')
    .transform((value) => value.toLowerCase()),
  officeIds: z.array(z.uuid('officeIds must be office ids')).min(1, 'a coach works in at least one office'),
  languages: z.array(language).min(1, 'a coach speaks at least one language'),
  specialties: z.array(graphQLEnumInput(TRACKS)),
  maxCaseload: z.number().int().min(1, 'maxCaseload must be at least 1').max(1000),
  weeklyHours: z.array(dailyWindowSchema),
});

export type CreateCoachCommand = z.infer<typeof createCoachCommandSchema>;
