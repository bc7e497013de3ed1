import { z } from 'zod';
import { TEXT_MAX, type FeasibilityReviewInput } from '@passerelle/career/domain';
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

export const reviewProjectFeasibilityCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  localDemand: text('localDemand'),
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
