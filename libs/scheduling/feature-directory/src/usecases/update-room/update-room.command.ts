import { z } from 'zod';

/** Each field given replaces the room's (null as absent); the same rules as creating one. */
export const updateRoomCommandSchema = z.object({
  id: z.uuid('id must be a room id'),
  name: z.string().trim().min(1, 'name is required').max(200).nullish(),
  capacity: z
    .number()
    .int()
    .min(1, 'capacity must be at least 1')
    .max(500, 'capacity is at most 500')
    .nullish(),
  equipment: z.array(z.string().trim().min(1).max(100)).nullish(),
});

export type UpdateRoomCommand = z.infer<typeof updateRoomCommandSchema>;
