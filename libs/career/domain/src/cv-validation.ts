import { CV_LANGUAGE_LEVELS, CV_LAYOUTS, type CvContent, type CvLayout } from './cv';

/** A problem with one field of a CV: the field's path names the section and the line. */
export interface CvProblem {
  /** e.g. `headline`, `experiences[1].end`, `experiences[0].lines[3]`. */
  field: string;
  message: string;
}

/** How much a CV holds: past these a CV stops being read (two pages at most). */
export const CV_LIMITS = {
  nameLength: 120,
  headlineLength: 140,
  experiences: 15,
  linesPerExperience: 8,
  lineLength: 220,
  skills: 30,
  trainings: 15,
  languages: 10,
  interests: 10,
  textLength: 120,
} as const;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 .()-]{6,20}$/;

/**
 * Every problem of a CV, in print order (empty: the CV can be saved). `today` (yyyy-mm-dd, the
 * service clock's date in Paris) bounds the dates: no month after the current one, no diploma
 * more than a year ahead.
 */
export function cvProblems(content: CvContent, today: string): CvProblem[] {
  const problems: CvProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const currentMonth = today.slice(0, 7);
  const currentYear = Number(today.slice(0, 4));
  const text = (field: string, value: string, max: number, what: string) => {
    if (value.trim() === '') add(field, `${what} is empty`);
    else if (value.length > max) add(field, `${what} is ${value.length} characters long; at most ${max}`);
  };
  const month = (field: string, value: string): boolean => {
    if (!MONTH.test(value)) {
      add(field, `"${value}" is not a month (yyyy-mm)`);
      return false;
    }
    if (value > currentMonth) {
      add(field, `${value} is in the future (this month is ${currentMonth})`);
      return false;
    }
    return true;
  };
  const tooMany = (field: string, count: number, max: number, what: string) => {
    if (count > max) add(field, `${count} ${what}; at most ${max}`);
  };

  const { identity } = content;
  text('identity.fullName', identity.fullName, CV_LIMITS.nameLength, 'the name');
  if (identity.email !== null && !EMAIL.test(identity.email))
    add('identity.email', `"${identity.email}" is not an email address`);
  if (identity.phone !== null && !PHONE.test(identity.phone))
    add('identity.phone', `"${identity.phone}" is not a phone number`);
  if (identity.town !== null) text('identity.town', identity.town, CV_LIMITS.textLength, 'the town');
  text('headline', content.headline, CV_LIMITS.headlineLength, 'the headline');

  tooMany('experiences', content.experiences.length, CV_LIMITS.experiences, 'experiences');
  content.experiences.forEach((experience, index) => {
    const at = `experiences[${index}]`;
    text(`${at}.employer`, experience.employer, CV_LIMITS.textLength, 'the employer');
    text(`${at}.jobTitle`, experience.jobTitle, CV_LIMITS.textLength, 'the job title');
    const startOk = month(`${at}.start`, experience.start);
    if (
      experience.end !== null &&
      month(`${at}.end`, experience.end) &&
      startOk &&
      experience.end < experience.start
    )
      add(`${at}.end`, `the end (${experience.end}) is before the start (${experience.start})`);
    tooMany(`${at}.lines`, experience.lines.length, CV_LIMITS.linesPerExperience, 'description lines');
    experience.lines.forEach((line, lineIndex) =>
      text(`${at}.lines[${lineIndex}]`, line, CV_LIMITS.lineLength, `line ${lineIndex + 1}`),
    );
  });

  tooMany('skills', content.skills.length, CV_LIMITS.skills, 'skills');
  const seenSkills = new Set<string>();
  content.skills.forEach((skill, index) => {
    text(`skills[${index}].label`, skill.label, CV_LIMITS.textLength, 'the skill');
    const key = skill.label.trim().toLocaleLowerCase('fr');
    if (key !== '' && seenSkills.has(key))
      add(`skills[${index}].label`, `"${skill.label}" is already listed`);
    seenSkills.add(key);
  });

  tooMany('trainings', content.trainings.length, CV_LIMITS.trainings, 'trainings');
  content.trainings.forEach((training, index) => {
    const at = `trainings[${index}]`;
    text(`${at}.title`, training.title, CV_LIMITS.textLength, 'the training');
    if (training.institution !== null)
      text(`${at}.institution`, training.institution, CV_LIMITS.textLength, 'the institution');
    if (training.year !== null) {
      if (!Number.isInteger(training.year) || training.year < 1950)
        add(`${at}.year`, `${training.year} is not a year`);
      else if (training.year > currentYear + 1)
        add(
          `${at}.year`,
          `${training.year} is in the future (at most ${currentYear + 1}, for a diploma under way)`,
        );
    }
  });

  tooMany('languages', content.languages.length, CV_LIMITS.languages, 'languages');
  const seenLanguages = new Set<string>();
  content.languages.forEach((language, index) => {
    text(`languages[${index}].language`, language.language, CV_LIMITS.textLength, 'the language');
    if (!(CV_LANGUAGE_LEVELS as readonly string[]).includes(language.level))
      add(
        `languages[${index}].level`,
        `"${language.level}" is not a level (${CV_LANGUAGE_LEVELS.join(', ')})`,
      );
    const key = language.language.trim().toLocaleLowerCase('fr');
    if (key !== '' && seenLanguages.has(key))
      add(`languages[${index}].language`, `"${language.language}" is already listed`);
    seenLanguages.add(key);
  });

  tooMany('interests', content.interests.length, CV_LIMITS.interests, 'interests');
  content.interests.forEach((interest, index) =>
    text(`interests[${index}]`, interest, CV_LIMITS.textLength, 'the interest'),
  );
  return problems;
}

/** A layout's name as a person may type it (any case, surrounding spaces), or null. */
export function cvLayout(value: string): CvLayout | null {
  const name = value.trim().toLowerCase();
  return (CV_LAYOUTS as readonly string[]).includes(name) ? (name as CvLayout) : null;
}
