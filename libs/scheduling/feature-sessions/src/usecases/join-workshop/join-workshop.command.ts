import { z } from 'zod';

export const joinWorkshopCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  candidateId: z.uuid('candidateId must be a candidate id'),
});

export type JoinWorkshopCommand = z.infer<typeof joinWorkshopCommandSchema>;
