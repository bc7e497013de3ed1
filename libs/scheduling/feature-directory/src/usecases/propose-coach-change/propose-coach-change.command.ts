import { z } from 'zod';

export const proposeCoachChangeCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  coachId: z.uuid('coachId must be a coach id'),
});

export type ProposeCoachChangeCommand = z.infer<typeof proposeCoachChangeCommandSchema>;
