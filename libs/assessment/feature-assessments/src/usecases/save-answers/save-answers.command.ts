import { z } from 'zod';

export const freeTextSkillSchema = z.object({ label: z.string().max(500), rating: z.number() });

/** Answers given so far; values are checked against the session's items and response format. */
export const saveAnswersCommandSchema = z.object({
  assessmentId: z.uuid('assessmentId must be an assessment id'),
  answers: z.array(z.object({ itemId: z.string().min(1), value: z.number() })).max(500),
  /** Skills inventory only: replaces the list saved before. */
  freeTextSkills: z.array(freeTextSkillSchema).max(30, 'at most 30 skills of your own').nullish(),
});
export type SaveAnswersCommand = z.infer<typeof saveAnswersCommandSchema>;
