import { z } from 'zod';

/** The person acknowledges the version of their summary they read. */
export const acknowledgeSessionSummaryCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  version: z.int('version must be a whole number').min(1, 'version starts at 1'),
});

export type AcknowledgeSessionSummaryCommand = z.infer<typeof acknowledgeSessionSummaryCommandSchema>;
