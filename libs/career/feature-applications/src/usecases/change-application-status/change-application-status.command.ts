import { z } from 'zod';
import { APPLICATION_STATUSES } from '@passerelle/career/domain';
import { graphQLEnumInput } from '../graphql-enum';

/** A new status on the day it took effect (the domain checks the transition and the day). */
export const changeApplicationStatusCommandSchema = z.object({
  applicationId: z.uuid('applicationId must be an application id'),
  status: graphQLEnumInput(APPLICATION_STATUSES),
  changedOn: z.string(),
});

export type ChangeApplicationStatusCommand = z.infer<typeof changeApplicationStatusCommandSchema>;
