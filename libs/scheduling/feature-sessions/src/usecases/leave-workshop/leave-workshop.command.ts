import { z } from 'zod';

export const leaveWorkshopCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  candidateId: z.uuid('candidateId must be a candidate id'),
});

export type LeaveWorkshopCommand = z.infer<typeof leaveWorkshopCommandSchema>;
