import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { instantSchema, romeCodeSchema } from '../vocabulary';

/** The coach's verdict on a professional project's feasibility (issue 18, item 1). */
export const PROJECT_VERDICTS = [
  'to_explore',
  'feasible',
  'feasible_with_training',
  'not_feasible_now',
] as const;
export const projectVerdictSchema = z.enum(PROJECT_VERDICTS);
export type ProjectVerdict = z.infer<typeof projectVerdictSchema>;

/** What a validated version of a professional project announces: ids, codes and dates only. */
export const projectVersionSchema = z.object({
  projectId: z.uuid(),
  candidateId: z.uuid(),
  programmeId: z.uuid(),
  /** The version validated (1, 2, ...): every validated version is kept by career. */
  version: z.number().int().positive(),
  /** The occupations aimed at, first the main one. */
  targetOccupationCodes: z.array(romeCodeSchema).min(1),
  verdict: projectVerdictSchema,
  trainingNeeded: z.boolean(),
  validatedAt: instantSchema,
});

/**
 * The coach validated a version of a person's professional project for the first time (career).
 * Pathway marks the project milestone reached and adds training milestones when training is
 * needed; matching takes the targets for its leads. Never the reasoning or the notes.
 */
export const projectValidatedV1 = defineEvent({
  type: 'ProjectValidated',
  version: 1,
  topic: 'passerelle.career.project',
  producer: 'career',
  schema: projectVersionSchema,
});
