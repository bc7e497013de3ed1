import { describe, expect, it } from '@jest/globals';
import {
  cvSectionLines,
  sampleCv,
  type CvContent,
  type CvSection as CareerSection,
} from '@passerelle/career/domain';
import type { CvLanguageLevel } from './gql/graphql';
import { cvLines, FRENCH_CV_WORDS } from './cv-lines';

/** Career's content as GraphQL gives it to the console (enums upper case). */
const asGraphQL = (content: CvContent) => ({
  ...content,
  languages: content.languages.map((language) => ({
    ...language,
    level: language.level.toUpperCase() as CvLanguageLevel,
  })),
});

describe('the CV lines a coach comments on', () => {
  const ongoing: CvContent = {
    ...sampleCv(),
    identity: { fullName: 'Samira Benali', email: null, phone: '', town: 'Lyon' },
    experiences: [
      { employer: 'Verrerie du Rhône', jobTitle: 'Cariste', start: '2012-09', end: null, lines: [] },
    ],
    trainings: [{ title: 'CACES 5', institution: null, year: null }],
  };
  it.each([
    ['the sample CV', sampleCv()],
    ['a job going on, empty contact details, a training without its school or year', ongoing],
  ])('numbers and words each line as career quotes it: %s', (_, content) => {
    for (const [section, lines] of cvLines(asGraphQL(content), FRENCH_CV_WORDS))
      expect(lines).toEqual(cvSectionLines(content, section.toLowerCase() as CareerSection));
  });
});
