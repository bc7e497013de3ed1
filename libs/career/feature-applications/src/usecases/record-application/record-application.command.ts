import { z } from 'zod';
import { APPLICATION_CHANNELS } from '@passerelle/career/domain';
import { graphQLEnumInput } from '../graphql-enum';

/**
 * The person, or their coach, records an application. The shape only: the domain checks the
 * values (`recordedApplication`: lengths, dates, the ROME code, the follow-up delay).
 */
export const recordApplicationCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  company: z.string(),
  jobTitle: z.string(),
  sentOn: z.string(),
  channel: graphQLEnumInput(APPLICATION_CHANNELS),
  offerId: z
    .uuid('offerId must be an offer id from matching')
    .nullish()
    .transform((v) => v ?? null),
  occupationCode: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  notes: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  followUpDays: z
    .number()
    .nullish()
    .transform((v) => v ?? null),
});

export type RecordApplicationCommand = z.infer<typeof recordApplicationCommandSchema>;
