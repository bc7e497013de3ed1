import { z } from 'zod';
import { absentAsEmpty, absentAsNull } from '@passerelle/shared/graphql';
import {
  PRACTICE_QUESTIONS_DEFAULT,
  PRACTICE_QUESTIONS_MAX,
  PRACTICE_QUESTIONS_MIN,
} from '@passerelle/career/domain';

export const OCCUPATION_CODES_MAX = 5;
export const OFFER_SKILLS_MAX = 30;
export const OFFER_SKILL_MAX = 200;

export const startInterviewPracticeCommandSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  applicationId: absentAsNull(z.uuid('applicationId must be an application id')),
  occupationCodes: absentAsEmpty(
    z
      .array(
        z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-N]\d{4}$/, 'occupationCodes: each a ROME code such as N1103'),
      )
      .max(OCCUPATION_CODES_MAX, `occupationCodes: at most ${OCCUPATION_CODES_MAX}`),
  ),
  offerSkills: absentAsEmpty(
    z
      .array(
        z
          .string()
          .trim()
          .min(1, 'offerSkills: a skill must not be blank')
          .max(OFFER_SKILL_MAX, `offerSkills: a skill is at most ${OFFER_SKILL_MAX} characters`),
      )
      .max(OFFER_SKILLS_MAX, `offerSkills: at most ${OFFER_SKILLS_MAX}`),
  ),
  questionCount: z
    .number()
    .int('questionCount must be a whole number')
    .min(PRACTICE_QUESTIONS_MIN, `questionCount is ${PRACTICE_QUESTIONS_MIN} to ${PRACTICE_QUESTIONS_MAX}`)
    .max(PRACTICE_QUESTIONS_MAX, `questionCount is ${PRACTICE_QUESTIONS_MIN} to ${PRACTICE_QUESTIONS_MAX}`)
    .nullish()
    .transform((value) => value ?? PRACTICE_QUESTIONS_DEFAULT),
});

/** The person or their coach starts a practice session, generally or for an application or target occupations. */
export type StartInterviewPracticeCommand = z.infer<typeof startInterviewPracticeCommandSchema>;
