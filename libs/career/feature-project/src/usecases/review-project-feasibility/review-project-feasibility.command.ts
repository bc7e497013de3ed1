import { z } from 'zod';
import {
  MAX_TARGETS,
  normaliseOccupationCode,
  TEXT_MAX,
  type FeasibilityReviewInput,
} from '@passerelle/career/domain';
import { PROJECT_VERDICTS } from '@passerelle/shared/contracts';
import { absentAsEmpty, absentAsNull } from '@passerelle/shared/graphql';
import { graphQLEnumInput } from '../graphql-enum';

/** Optional text: left out, null or blank, it reads null. */
const text = (field: string) =>
  z
    .string()
    .trim()
    .max(TEXT_MAX, `${field} is at most ${TEXT_MAX} characters`)
    .nullish()
    .transform((value) => value || null);

const skills = absentAsEmpty(
  z
    .array(z.string().trim().min(1, 'a skill is not blank').max(200, 'a skill is at most 200 characters'))
    .max(50),
);

/** A count of projects as sent: a whole number (the domain checks it against the projects). */
const count = (field: string) => z.number(`${field} is a number of recruitment projects`);

/**
 * The labour figures the coach saw (the console sends what it showed): shapes here, the rules
 * (zone code, year, targets of the version, counts) in the domain's `demandFiguresProblems`.
 */
const localDemandFigures = absentAsNull(
  z.object({
    zoneCode: z.string('localDemandFigures.zoneCode is required').trim(),
    zoneLabel: z.string('localDemandFigures.zoneLabel is required').trim(),
    sourceYear: z.number('localDemandFigures.sourceYear is required'),
    targets: z
      .array(
        z.object({
          occupationCode: z.string().transform((code, context) => {
            const normalised = normaliseOccupationCode(code);
            if (!normalised) {
              context.addIssue({ code: 'custom', message: `"${code}" is not a ROME code such as M1805` });
              return z.NEVER;
            }
            return normalised;
          }),
          projects: count('projects'),
          hardToFill: count('hardToFill'),
          seasonal: count('seasonal'),
        }),
      )
      .max(MAX_TARGETS, `at most ${MAX_TARGETS} targets, one row each`),
  }),
);

export const reviewProjectFeasibilityCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  localDemand: text('localDemand'),
  localDemandFigures,
  skillsHeld: skills,
  skillsMissing: skills,
  trainingNeeded: z.boolean('trainingNeeded is required'),
  training: text('training'),
  constraints: text('constraints'),
  verdict: absentAsNull(graphQLEnumInput(PROJECT_VERDICTS)),
  reasoning: text('reasoning'),
});

/** The coach records the review of the current draft, with the person. */
export interface ReviewProjectFeasibilityCommand extends FeasibilityReviewInput {
  candidateId: string;
}
