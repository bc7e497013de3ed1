import { z } from 'zod';
import { CANCEL_REASONS, graphQLEnumInput } from '@passerelle/scheduling/domain';

export const cancelSessionCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  reason: graphQLEnumInput(CANCEL_REASONS),
});

export type CancelSessionCommand = z.infer<typeof cancelSessionCommandSchema>;
