import { z } from 'zod';

export const answerCoachChangeCommandSchema = z.object({
  sessionId: z.uuid('sessionId must be a session id'),
  accept: z.boolean(),
});

export type AnswerCoachChangeCommand = z.infer<typeof answerCoachChangeCommandSchema>;
