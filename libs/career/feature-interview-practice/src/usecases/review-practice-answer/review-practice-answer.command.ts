import { z } from 'zod';
import { absentAsNull } from '@passerelle/shared/graphql';
import { REVIEW_COMMENT_MAX, REVIEW_SCORE_MAX, REVIEW_SCORE_MIN } from '@passerelle/career/domain';

const score = (name: string) =>
  z
    .number(`${name} is required`)
    .int(`${name} is a whole number from ${REVIEW_SCORE_MIN} to ${REVIEW_SCORE_MAX}`)
    .min(REVIEW_SCORE_MIN, `${name} is from ${REVIEW_SCORE_MIN} to ${REVIEW_SCORE_MAX}`)
    .max(REVIEW_SCORE_MAX, `${name} is from ${REVIEW_SCORE_MIN} to ${REVIEW_SCORE_MAX}`);

export const reviewPracticeAnswerCommandSchema = z.object({
  answerId: z.uuid('answerId must be a practice answer id'),
  structure: score('structure'),
  concreteness: score('concreteness'),
  result: score('result'),
  clarity: score('clarity'),
  comment: absentAsNull(
    z
      .string()
      .trim()
      .max(REVIEW_COMMENT_MAX, `comment is at most ${REVIEW_COMMENT_MAX} characters`)
      .transform((text) => text || null),
  ),
});

/** The person's coach reviews a submitted answer against the rubric, with a comment. */
export type ReviewPracticeAnswerCommand = z.infer<typeof reviewPracticeAnswerCommandSchema>;
