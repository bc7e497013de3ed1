import { z } from 'zod';

export const rescheduleSessionCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  startsAt: z.date(),
  coachId: z.uuid('coachId must be a coach id').nullish(),
  roomId: z.uuid('roomId must be a room id').nullish(),
});

export type RescheduleSessionCommand = z.infer<typeof rescheduleSessionCommandSchema>;
