import { z } from 'zod';

/** A person's practice sessions. */
export const readPracticeSessionsQuerySchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
});

/** One practice session. */
export const readPracticeSessionQuerySchema = z.object({
  id: z.uuid('id must be a practice session id'),
});
