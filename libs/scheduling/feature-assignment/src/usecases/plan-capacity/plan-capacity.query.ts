import { z } from 'zod';
import {
  DEFAULT_CAPACITY_ASSUMPTIONS,
  capacityAssumptionIssues,
  type CapacityAssumptions,
} from '@passerelle/scheduling/domain';

const given = z.number().nullish();

/** The assumptions ops give, each falling back to its default, then checked by the domain's rule. */
const assumptionsSchema = z
  .object({
    firstMeetingWithinDays: given,
    firstMeetingMinutes: given,
    firstMeetingShare: given,
    defaultMaxCaseload: given,
    defaultWeeklyMinutes: given,
  })
  .nullish()
  .transform((input): CapacityAssumptions => {
    const assumptions = { ...DEFAULT_CAPACITY_ASSUMPTIONS };
    for (const key of Object.keys(assumptions) as (keyof CapacityAssumptions)[]) {
      const value = input?.[key];
      if (value !== null && value !== undefined) assumptions[key] = value;
    }
    return assumptions;
  })
  .superRefine((assumptions, context) => {
    for (const issue of capacityAssumptionIssues(assumptions))
      context.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });

export const planCapacityQuerySchema = z.object({
  programmeId: z.uuid('must be an id (uuid)'),
  assumptions: assumptionsSchema,
});

/** Ops ask how many coaches their offices lack to take a programme's people waiting in time. */
export type PlanCapacityQuery = z.infer<typeof planCapacityQuerySchema>;
