import { z } from 'zod';

export const reassignCoachCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  coachId: z.uuid('coachId must be a coach id'),
  reason: z.string().trim().min(3, 'reason is required (why this coach)').max(500),
});

export type ReassignCoachCommand = z.infer<typeof reassignCoachCommandSchema>;
