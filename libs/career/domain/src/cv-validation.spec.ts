import type { CvContent } from './cv';
import { sampleCv } from './cv-sample';
import { CV_LIMITS, cvLayout, cvProblems } from './cv-validation';

const TODAY = '2026-12-05';
const edit = (change: (cv: CvContent) => void): CvContent => {
  const cv = sampleCv();
  change(cv);
  return cv;
};

describe('cvProblems', () => {
  it('finds nothing wrong with a filled CV', () => expect(cvProblems(sampleCv(), TODAY)).toEqual([]));

  it.each<[string, (cv: CvContent) => void, { field: string; message: string }[]]>([
    [
      'an empty headline',
      (cv) => (cv.headline = '   '),
      [{ field: 'headline', message: 'the headline is empty' }],
    ],
    [
      'a headline too long',
      (cv) => (cv.headline = 'x'.repeat(141)),
      [{ field: 'headline', message: 'the headline is 141 characters long; at most 140' }],
    ],
    [
      'an empty name',
      (cv) => (cv.identity.fullName = ''),
      [{ field: 'identity.fullName', message: 'the name is empty' }],
    ],
    [
      'a bad email',
      (cv) => (cv.identity.email = 'elodie@'),
      [{ field: 'identity.email', message: '"elodie@" is not an email address' }],
    ],
    [
      'a bad phone',
      (cv) => (cv.identity.phone = 'appelez-moi'),
      [{ field: 'identity.phone', message: '"appelez-moi" is not a phone number' }],
    ],
    [
      'an end before the start',
      (cv) => (cv.experiences[1]!.end = '2010-01'),
      [{ field: 'experiences[1].end', message: 'the end (2010-01) is before the start (2011-04)' }],
    ],
    [
      'a start in the future',
      (cv) => (cv.experiences[0]!.start = '2027-01'),
      [{ field: 'experiences[0].start', message: '2027-01 is in the future (this month is 2026-12)' }],
    ],
    [
      'an end in the future',
      (cv) => (cv.experiences[0]!.end = '2027-03'),
      [{ field: 'experiences[0].end', message: '2027-03 is in the future (this month is 2026-12)' }],
    ],
    ['this month is not the future', (cv) => (cv.experiences[0]!.end = '2026-12'), []],
    ['a job still held', (cv) => (cv.experiences[0]!.end = null), []],
    [
      'a month that is not one',
      (cv) => (cv.experiences[0]!.start = '2015-13'),
      [{ field: 'experiences[0].start', message: '"2015-13" is not a month (yyyy-mm)' }],
    ],
    [
      'an empty employer and job title',
      (cv) => Object.assign(cv.experiences[0]!, { employer: '', jobTitle: ' ' }),
      [
        { field: 'experiences[0].employer', message: 'the employer is empty' },
        { field: 'experiences[0].jobTitle', message: 'the job title is empty' },
      ],
    ],
    [
      'too many lines',
      (cv) => (cv.experiences[0]!.lines = Array.from({ length: 9 }, (_, i) => `ligne ${i}`)),
      [{ field: 'experiences[0].lines', message: '9 description lines; at most 8' }],
    ],
    [
      'an empty line, named by its number',
      (cv) => (cv.experiences[1]!.lines = ['Service en salle', '']),
      [{ field: 'experiences[1].lines[1]', message: 'line 2 is empty' }],
    ],
    [
      'a line too long',
      (cv) => (cv.experiences[0]!.lines[0] = 'é'.repeat(221)),
      [{ field: 'experiences[0].lines[0]', message: 'line 1 is 221 characters long; at most 220' }],
    ],
    [
      'too many experiences',
      (cv) => (cv.experiences = Array.from({ length: 16 }, () => ({ ...sampleCv().experiences[1]! }))),
      [{ field: 'experiences', message: '16 experiences; at most 15' }],
    ],
    [
      'a skill twice, whatever the case',
      (cv) => cv.skills.push({ label: 'ACCUEIL DU PUBLIC', code: null, source: 'own' }),
      [{ field: 'skills[3].label', message: '"ACCUEIL DU PUBLIC" is already listed' }],
    ],
    [
      'a diploma far ahead',
      (cv) => (cv.trainings[0]!.year = 2029),
      [
        {
          field: 'trainings[0].year',
          message: '2029 is in the future (at most 2027, for a diploma under way)',
        },
      ],
    ],
    ['a diploma under way next year', (cv) => (cv.trainings[0]!.year = 2027), []],
    [
      'a year that is not one',
      (cv) => (cv.trainings[0]!.year = 20.5),
      [{ field: 'trainings[0].year', message: '20.5 is not a year' }],
    ],
    [
      'a language twice',
      (cv) => cv.languages.push({ language: 'anglais', level: 'b2' }),
      [{ field: 'languages[2].language', message: '"anglais" is already listed' }],
    ],
    [
      'an unknown level',
      (cv) => (cv.languages[1]!.level = 'fluent' as 'b1'),
      [{ field: 'languages[1].level', message: '"fluent" is not a level (a1, a2, b1, b2, c1, c2, native)' }],
    ],
    [
      'an empty interest',
      (cv) => (cv.interests[1] = ''),
      [{ field: 'interests[1]', message: 'the interest is empty' }],
    ],
    [
      'too many interests',
      (cv) => (cv.interests = Array.from({ length: CV_LIMITS.interests + 1 }, (_, i) => `intérêt ${i}`)),
      [{ field: 'interests', message: '11 interests; at most 10' }],
    ],
  ])('%s', (_, change, expected) => expect(cvProblems(edit(change), TODAY)).toEqual(expected));

  it('reports every problem, in print order', () => {
    const cv = edit((c) => {
      c.headline = '';
      c.experiences[0]!.end = '2014-01';
      c.interests = [''];
    });
    expect(cvProblems(cv, TODAY).map((problem) => problem.field)).toEqual([
      'headline',
      'experiences[0].end',
      'interests[0]',
    ]);
  });
});

describe('cvLayout', () => {
  it.each([
    ['classique', 'classique'],
    [' Moderne ', 'moderne'],
    ['SOBRE', 'sobre'],
    ['fantaisie', null],
  ])('%j is %j', (value, expected) => expect(cvLayout(value)).toBe(expected));
});
