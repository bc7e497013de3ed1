import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDateSchema, romeCodeSchema } from '../vocabulary';

/** How an application went out. */
export const APPLICATION_CHANNELS = [
  'job_board',
  'company_website',
  'email',
  'in_person',
  'network',
  'recruitment_agency',
  'france_travail',
  'spontaneous',
  'other',
] as const;
export const applicationChannelSchema = z.enum(APPLICATION_CHANNELS);
export type ApplicationChannel = z.infer<typeof applicationChannelSchema>;

/**
 * A person (or their coach) recorded an application they sent (career). Never the company, the
 * offer's text or the person's notes: pathway counts applications for its milestones and the
 * inactivity rule.
 */
export const applicationRecordedV1 = defineEvent({
  type: 'ApplicationRecorded',
  version: 1,
  topic: 'passerelle.career.application',
  producer: 'career',
  schema: z.object({
    applicationId: z.uuid(),
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    sentOn: isoDateSchema,
    channel: applicationChannelSchema,
    /** The offer's occupation, when known. */
    occupationCode: romeCodeSchema.nullable(),
    /** The offer came from matching's suggestions to the person. */
    fromSuggestion: z.boolean(),
  }),
});
