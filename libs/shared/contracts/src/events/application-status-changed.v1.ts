import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDateSchema } from '../vocabulary';

/** Where an application stands. */
export const APPLICATION_STATUSES = [
  'sent',
  'interview',
  'offer',
  'refused',
  'no_answer',
  'accepted',
  'withdrawn',
] as const;
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

/** An application moved to another status (career), on the day the person says it did. */
export const applicationStatusChangedV1 = defineEvent({
  type: 'ApplicationStatusChanged',
  version: 1,
  topic: 'passerelle.career.application',
  producer: 'career',
  schema: z.object({
    applicationId: z.uuid(),
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    status: applicationStatusSchema,
    changedOn: isoDateSchema,
  }),
});
