import type { CvLanguageLevel, CvSection } from './gql/graphql';

/** What of a CV version the lines are made of (GraphQL's CvVersion, its fields the console reads). */
export interface CvLinesSource {
  identity: { fullName: string; email?: string | null; phone?: string | null; town?: string | null };
  headline: string;
  experiences: { employer: string; jobTitle: string; start: string; end?: string | null; lines: string[] }[];
  skills: { label: string }[];
  trainings: { title: string; institution?: string | null; year?: number | null }[];
  languages: { language: string; level: CvLanguageLevel }[];
  interests: string[];
}

/** How a line's words are said: a month ("mars 2019"), an ongoing job's period, a language's level. */
export interface CvWords {
  month: (yyyyMm: string) => string;
  since: (month: string) => string;
  level: (level: CvLanguageLevel) => string;
}

/**
 * The lines of each section as a comment points at them: 0-based, in print order, as career counts
 * them (`cvSectionLines`): identity leaves out what is empty; an experience is its heading line,
 * then its description lines; each skill, training, language and interest one line.
 */
export function cvLines(cv: CvLinesSource, words: CvWords): [CvSection, string[]][] {
  const { identity } = cv;
  return [
    [
      'IDENTITY',
      [identity.fullName, ...[identity.email, identity.phone, identity.town].filter((v): v is string => !!v)],
    ],
    ['HEADLINE', [cv.headline]],
    [
      'EXPERIENCES',
      cv.experiences.flatMap((experience) => [
        `${experience.jobTitle}, ${experience.employer} (${
          experience.end
            ? `${words.month(experience.start)} – ${words.month(experience.end)}`
            : words.since(words.month(experience.start))
        })`,
        ...experience.lines,
      ]),
    ],
    ['SKILLS', cv.skills.map((skill) => skill.label)],
    [
      'TRAININGS',
      cv.trainings.map(
        (training) =>
          `${training.title}${training.institution ? `, ${training.institution}` : ''}${
            training.year !== null && training.year !== undefined ? ` (${training.year})` : ''
          }`,
      ),
    ],
    ['LANGUAGES', cv.languages.map((language) => `${language.language} : ${words.level(language.level)}`)],
    ['INTERESTS', cv.interests],
  ];
}

const LEVELS: Record<CvLanguageLevel, string> = {
  A1: 'A1 (débutant)',
  A2: 'A2 (élémentaire)',
  B1: 'B1 (intermédiaire)',
  B2: 'B2 (avancé)',
  C1: 'C1 (autonome)',
  C2: 'C2 (maîtrise)',
  NATIVE: 'Langue maternelle',
};
const MONTHS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The CV's own words: it is a French document, shown to the coach as it prints. */
export const FRENCH_CV_WORDS: CvWords = {
  month: (yyyyMm) => MONTHS.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
  since: (month) => `depuis ${month}`,
  level: (level) => LEVELS[level],
};
