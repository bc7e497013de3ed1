import { z } from 'zod';
import {
  CV_LANGUAGE_LEVELS,
  CV_LAYOUTS,
  CV_SKILL_SOURCES,
  type CvContent,
  type CvLayout,
} from '@passerelle/career/domain';
import { absentAsEmpty, absentAsNull } from '@passerelle/shared/graphql';
import { graphQLEnumInput } from '../graphql-enum';

// Shapes only: what makes a CV savable (empty texts, dates, counts) is the domain's `cvProblems`,
// which names the field and the line.
const text = (field: string) => z.string(`${field} is required`).trim();
const optionalText = absentAsNull(z.string().trim()).transform((value) => (value === '' ? null : value));

const experience = z.object({
  employer: text('employer'),
  jobTitle: text('jobTitle'),
  start: text('start'),
  end: optionalText,
  lines: absentAsEmpty(z.array(z.string().trim())),
});

const skill = z.object({
  label: text('label'),
  code: optionalText,
  source: absentAsNull(graphQLEnumInput(CV_SKILL_SOURCES)).transform((source) => source ?? 'own'),
});

const training = z.object({
  title: text('title'),
  institution: optionalText,
  year: absentAsNull(z.number('year is a number')),
});

const language = z.object({
  language: text('language'),
  level: graphQLEnumInput(CV_LANGUAGE_LEVELS),
});

/** A whole CV as sent: the next version. */
export const cvInputSchema = z.object({
  candidateId: z.uuid('candidateId must be a candidate id'),
  layout: graphQLEnumInput(CV_LAYOUTS),
  identity: z.object({
    fullName: text('fullName'),
    email: optionalText,
    phone: optionalText,
    town: optionalText,
  }),
  headline: text('headline'),
  experiences: absentAsEmpty(z.array(experience)),
  skills: absentAsEmpty(z.array(skill)),
  trainings: absentAsEmpty(z.array(training)),
  languages: absentAsEmpty(z.array(language)),
  interests: absentAsEmpty(z.array(z.string().trim())),
});

/** A CV as saved: whose, in which layout, and what it says. */
export interface CvInputCommand {
  candidateId: string;
  layout: CvLayout;
  content: CvContent;
}

/** The parsed input as the command's parts. */
export function cvCommand(input: z.infer<typeof cvInputSchema>): CvInputCommand {
  const { candidateId, layout, ...content } = input;
  return { candidateId, layout, content };
}
