import { z } from 'zod';
import { CANCEL_REASONS, graphQLEnumInput } from '@passerelle/scheduling/domain';

/** Deactivate (or reactivate) a room or a coach; deactivating may cancel what remains, with a reason. */
export const setHolderActiveCommandSchema = z.object({
  holder: z.enum(['room', 'coach']),
  id: z.uuid('id must be a room or coach id'),
  active: z.boolean(),
  cancelRemaining: graphQLEnumInput(CANCEL_REASONS).nullish(),
});

export type SetHolderActiveCommand = z.infer<typeof setHolderActiveCommandSchema>;
