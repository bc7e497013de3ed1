import { z } from 'zod';
import { WORKSHOP_TOPICS } from '@passerelle/shared/contracts';
import { graphQLEnumInput } from '@passerelle/scheduling/domain';

export const findOpenWorkshopsQuerySchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  topic: graphQLEnumInput(WORKSHOP_TOPICS).nullish(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'language must be an ISO 639-1 code')
    .nullish(),
});

export type FindOpenWorkshopsQuery = z.infer<typeof findOpenWorkshopsQuerySchema>;
