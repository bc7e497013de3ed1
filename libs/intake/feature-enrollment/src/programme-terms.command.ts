import { z } from 'zod';
import { OUTCOME_CATEGORIES, PROGRAMME_TYPES } from '@passerelle/shared/contracts';
import { bandLimitsProblem, oveDefinitionProblems } from '@passerelle/intake/domain';

/** Band limits: whole years, increasing (the domain's bandLimitsProblem says what is wrong). */
const bandLimits = (max: number) =>
  z.array(z.number()).superRefine((limits, context) => {
    const problem = bandLimitsProblem(limits, max);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** How reporting bands people (limits of the bands after the first); omitted: kept as they are. */
const reportingBandsSchema = z.object({
  ageBandLimits: bandLimits(100),
  seniorityBandLimits: bandLimits(60),
});

/** What an offer must be to count as an OVE in this programme; omitted: kept as it is. */
const oveDefinitionSchema = z
  .object({ maxPayDropPercent: z.number(), minContractMonths: z.number() })
  .superRefine((definition, context) => {
    for (const problem of oveDefinitionProblems(definition)) {
      context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  });

/** A whole number from 1 to `max`, the message naming the field. */
const termCount = (field: string, max: number) =>
  z
    .number()
    .int(`${field} is a whole number`)
    .min(1, `${field} must be at least 1`)
    .max(max, `${field} must be at most ${max}`);

/** The firm's service levels in this programme; omitted: kept as they are (the defaults when new). */
const serviceLevelsSchema = z.object({
  firstMeetingWorkingDays: termCount('firstMeetingWorkingDays', 60),
  sessionsPerMonth: termCount('sessionsPerMonth', 20),
  peoplePerConsultant: termCount('peoplePerConsultant', 500),
});

/** The employer's NAF code (APE), as INSEE writes it: two digits, a dot, two digits, a letter. */
const NAF_CODE_FIELD = 'employerNafCode';
const nafCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^\d{2}\.\d{2}[A-Z]$/, `${NAF_CODE_FIELD} must be a NAF code such as 10.51C`);

const upperEnum = <T extends readonly string[]>(values: T, what: string) =>
  z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(
      z.enum(values as unknown as [T[number], ...T[number][]], {
        message: `${what} must be one of ${values.map((v) => v.toUpperCase()).join(', ')}`,
      }),
    );

/** A programme's terms as ops enter them; the whole set each time (an amendment replaces them). */
export const programmeTermsInputSchema = z
  .object({
    type: upperEnum(PROGRAMME_TYPES, 'type'),
    sites: z.array(z.string().trim().min(1, 'a site needs a name').max(200)).min(1, 'name at least one site'),
    headcount: z.number().int('headcount is a whole number').positive('headcount must be positive'),
    startDate: z.iso.date('startDate must be a date such as 2026-03-02'),
    durationMonths: z
      .number()
      .int('durationMonths is a whole number')
      .min(1, 'durationMonths must be at least 1')
      .max(60, 'durationMonths must be at most 60'),
    sessionBudgetPerPerson: z
      .number()
      .int('sessionBudgetPerPerson is a whole number')
      .min(0, 'sessionBudgetPerPerson cannot be negative')
      .max(500, 'sessionBudgetPerPerson must be at most 500'),
    outcomeTargets: z
      .array(
        z.object({
          category: upperEnum(OUTCOME_CATEGORIES, 'category'),
          sharePercent: z.number().min(0, 'sharePercent is 0 to 100').max(100, 'sharePercent is 0 to 100'),
        }),
      )
      .default([]),
    reportingBands: reportingBandsSchema.nullish().transform((value) => value ?? null),
    oveDefinition: oveDefinitionSchema.nullish().transform((value) => value ?? null),
    serviceLevels: serviceLevelsSchema.nullish().transform((value) => value ?? null),
    employerNafCode: nafCodeSchema.nullable().optional(),
  })
  .superRefine((terms, context) => {
    const seen = new Set<string>();
    terms.outcomeTargets.forEach((target, index) => {
      if (seen.has(target.category)) {
        context.addIssue({
          code: 'custom',
          path: ['outcomeTargets', index, 'category'],
          message: `${target.category.toUpperCase()} has two targets`,
        });
      }
      seen.add(target.category);
    });
    const total = terms.outcomeTargets.reduce((sum, target) => sum + target.sharePercent, 0);
    if (total > 100) {
      context.addIssue({
        code: 'custom',
        path: ['outcomeTargets'],
        message: `the targets add up to ${total}%, more than 100%`,
      });
    }
  });
export type ProgrammeTermsInput = z.infer<typeof programmeTermsInputSchema>;
