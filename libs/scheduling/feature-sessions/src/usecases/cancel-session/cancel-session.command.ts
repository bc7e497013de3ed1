import { z } from 'zod';
import { CANCEL_REASONS, fromGraphQLEnum } from '@passerelle/scheduling/domain';

export const cancelSessionCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  reason: fromGraphQLEnum(CANCEL_REASONS),
});

export type CancelSessionCommand = z.infer<typeof cancelSessionCommandSchema>;
