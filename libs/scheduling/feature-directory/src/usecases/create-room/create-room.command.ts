import { z } from 'zod';

export const createRoomCommandSchema = z.object({
  officeId: z.uuid('officeId must be an office id'),
  name: z.string().trim().min(1, 'name is required').max(200),
  capacity: z.number().int().min(1, 'capacity must be at least 1').max(500),
  equipment: z
    .array(z.string().trim().min(1).max(100))
    .nullish()
    .transform((value) => value ?? []),
});

export type CreateRoomCommand = z.infer<typeof createRoomCommandSchema>;
