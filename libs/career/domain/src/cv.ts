/**
 * A CV as the person writes it: structured sections the layouts render (PDF, DOCX) and the coach
 * comments on line by line. Plain data; each save is a new version.
 */

/** The layouts a CV can be exported in: three clean French layouts. */
export const CV_LAYOUTS = ['classique', 'moderne', 'sobre'] as const;
export type CvLayout = (typeof CV_LAYOUTS)[number];

/** CEFR levels, and the person's mother tongue. */
export const CV_LANGUAGE_LEVELS = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'native'] as const;
export type CvLanguageLevel = (typeof CV_LANGUAGE_LEVELS)[number];

/** Where a skill on the CV comes from: ROME (matching), the skills inventory (assessment), or the person's words. */
export const CV_SKILL_SOURCES = ['rome', 'assessment', 'own'] as const;
export type CvSkillSource = (typeof CV_SKILL_SOURCES)[number];

export interface CvIdentity {
  fullName: string;
  email: string | null;
  phone: string | null;
  town: string | null;
}

export interface CvExperience {
  employer: string;
  jobTitle: string;
  /** yyyy-mm */
  start: string;
  /** yyyy-mm, or null while the job goes on. */
  end: string | null;
  lines: string[];
}

export interface CvSkill {
  label: string;
  /** ROME skill code, when the skill comes from the ROME. */
  code: string | null;
  source: CvSkillSource;
}

export interface CvTraining {
  title: string;
  institution: string | null;
  /** Year obtained (or expected). */
  year: number | null;
}

export interface CvLanguage {
  language: string;
  level: CvLanguageLevel;
}

export interface CvContent {
  identity: CvIdentity;
  headline: string;
  experiences: CvExperience[];
  skills: CvSkill[];
  trainings: CvTraining[];
  languages: CvLanguage[];
  interests: string[];
}

/** The sections of a CV, in the order the layouts print them; a comment is anchored to one. */
export const CV_SECTIONS = [
  'identity',
  'headline',
  'experiences',
  'skills',
  'trainings',
  'languages',
  'interests',
] as const;
export type CvSection = (typeof CV_SECTIONS)[number];

/** Section titles, in French, as the layouts print them. */
export const CV_SECTION_TITLES: Record<CvSection, string> = {
  identity: 'Coordonnées',
  headline: 'Titre',
  experiences: 'Expérience professionnelle',
  skills: 'Compétences',
  trainings: 'Formations et diplômes',
  languages: 'Langues',
  interests: "Centres d'intérêt",
};

/** Language levels in French. */
export const CV_LEVEL_LABELS: Record<CvLanguageLevel, string> = {
  a1: 'A1 (débutant)',
  a2: 'A2 (élémentaire)',
  b1: 'B1 (intermédiaire)',
  b2: 'B2 (avancé)',
  c1: 'C1 (autonome)',
  c2: 'C2 (maîtrise)',
  native: 'Langue maternelle',
};

const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "2019-03" as "mars 2019". */
export function frenchMonth(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return `${FRENCH_MONTHS[index - 1] ?? '?'} ${year}`;
}

/** An experience's period in French: "mars 2019 – août 2024", "depuis mars 2019". */
export function experiencePeriod(experience: Pick<CvExperience, 'start' | 'end'>): string {
  return experience.end === null
    ? `depuis ${frenchMonth(experience.start)}`
    : `${frenchMonth(experience.start)} – ${frenchMonth(experience.end)}`;
}

/**
 * The lines of a section as a comment points at them (0-based), in print order: each experience
 * gives its heading line, then its description lines; each skill, training, language and interest
 * one line.
 */
export function cvSectionLines(content: CvContent, section: CvSection): string[] {
  switch (section) {
    case 'identity':
      return [
        content.identity.fullName,
        ...[content.identity.email, content.identity.phone, content.identity.town].filter(
          (value): value is string => value !== null && value !== '',
        ),
      ];
    case 'headline':
      return [content.headline];
    case 'experiences':
      return content.experiences.flatMap((experience) => [
        `${experience.jobTitle}, ${experience.employer} (${experiencePeriod(experience)})`,
        ...experience.lines,
      ]);
    case 'skills':
      return content.skills.map((skill) => skill.label);
    case 'trainings':
      return content.trainings.map(trainingLine);
    case 'languages':
      return content.languages.map((language) => `${language.language} : ${CV_LEVEL_LABELS[language.level]}`);
    case 'interests':
      return [...content.interests];
  }
}

/** A training as one line: "CAP Cuisine, Lycée hôtelier de Lyon (2004)". */
export function trainingLine(training: CvTraining): string {
  return [
    training.title,
    training.institution ? `, ${training.institution}` : '',
    training.year !== null ? ` (${training.year})` : '',
  ].join('');
}

/** An empty CV for a name: what a person starts from when the platform knows nothing else. */
export function emptyCv(fullName: string): CvContent {
  return {
    identity: { fullName, email: null, phone: null, town: null },
    headline: '',
    experiences: [],
    skills: [],
    trainings: [],
    languages: [],
    interests: [],
  };
}
