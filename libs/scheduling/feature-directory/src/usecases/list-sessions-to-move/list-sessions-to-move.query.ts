import { z } from 'zod';

/** Exactly one of a room and a coach. */
export const listSessionsToMoveQuerySchema = z
  .object({
    roomId: z.uuid('roomId must be a room id').nullish(),
    coachId: z.uuid('coachId must be a coach id').nullish(),
  })
  .refine((input) => !!input.roomId !== !!input.coachId, {
    message: 'give exactly one of roomId and coachId',
    path: ['roomId'],
  });

export type ListSessionsToMoveQuery = z.infer<typeof listSessionsToMoveQuerySchema>;
