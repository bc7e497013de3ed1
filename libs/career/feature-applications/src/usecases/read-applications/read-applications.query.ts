import { z } from 'zod';
import { APPLICATION_STATUSES } from '@passerelle/career/domain';
import { graphQLEnumInput } from '../graphql-enum';

/** A person's applications, only those in `statuses` when some are given. */
export const readApplicationsQuerySchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  statuses: z
    .array(graphQLEnumInput(APPLICATION_STATUSES))
    .nullish()
    .transform((v) => v ?? []),
});

export type ReadApplicationsQuery = z.infer<typeof readApplicationsQuerySchema>;

export const readApplicationQuerySchema = z.object({
  id: z.uuid('id must be an application id'),
});
