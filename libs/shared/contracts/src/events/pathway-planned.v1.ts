import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { isoDateSchema, instantSchema, sessionKindSchema, trackSchema } from '../vocabulary';

export const PATHWAY_PHASES = [
  'welcome_and_diagnostic',
  'exploring_options',
  'validating_project',
  'job_search',
  'follow_up_in_job',
] as const;

/** A person's full plan, fitted into the programme's duration and session budget. */
export const pathwayPlannedV1 = defineEvent({
  type: 'PathwayPlanned',
  version: 1,
  topic: 'passerelle.pathway.pathway',
  producer: 'pathway',
  schema: z.object({
    pathwayId: z.uuid(),
    candidateId: z.uuid(),
    programmeId: z.uuid(),
    track: trackSchema,
    templateId: z.uuid(),
    templateVersion: z.number().int().positive(),
    milestones: z.array(
      z.object({
        milestoneId: z.uuid(),
        phase: z.enum(PATHWAY_PHASES),
        kind: z.enum(['session', 'assessment', 'workshop', 'task']),
        dueOn: isoDateSchema,
        sessionKind: sessionKindSchema.nullable(),
        instrumentCode: z.string().min(1).nullable(),
      }),
    ),
    sessionsPlanned: z.number().int().nonnegative(),
    sessionBudget: z.number().int().nonnegative(),
    plannedAt: instantSchema,
  }),
});
