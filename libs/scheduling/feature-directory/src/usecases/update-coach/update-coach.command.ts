import { z } from 'zod';
import { TRACKS } from '@passerelle/shared/contracts';
import { dailyWindowSchema, graphQLEnumInput } from '@passerelle/scheduling/domain';

const language = z.string().regex(/^[a-z]{2}$/, 'languages must be ISO 639-1 codes such as fr');

/** Each field given replaces the coach's (null as absent); the same rules as creating one. */
export const updateCoachCommandSchema = z.object({
  id: z.uuid('id must be a coach id'),
  displayName: z.string().trim().min(1, 'displayName is required').max(200).nullish(),
  officeIds: z
    .array(z.uuid('officeIds must be office ids'))
    .min(1, 'a coach works in at least one office')
    .nullish(),
  languages: z.array(language).min(1, 'a coach speaks at least one language').nullish(),
  specialties: z.array(graphQLEnumInput(TRACKS)).nullish(),
  maxCaseload: z
    .number()
    .int()
    .min(1, 'maxCaseload must be at least 1')
    .max(1000, 'maxCaseload is at most 1000')
    .nullish(),
  weeklyHours: z.array(dailyWindowSchema).nullish(),
});

export type UpdateCoachCommand = z.infer<typeof updateCoachCommandSchema>;
