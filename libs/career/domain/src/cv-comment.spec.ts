import type { CvSection } from './cv';
import { cvCommentProblems } from './cv-comment';
import { sampleCv } from './cv-sample';

describe('cvCommentProblems', () => {
  const cv = sampleCv();

  it.each<[string, CvSection, number, string, { field: string; message: string }[]]>([
    ['the headline', 'headline', 0, 'Plus court ?', []],
    ['a description line of the second experience', 'experiences', 4, 'Chiffrez-le', []],
    ['the last skill', 'skills', 2, 'Précisez', []],
    [
      'a line past the section’s end',
      'experiences',
      5,
      'x',
      [{ field: 'line', message: 'the experiences section of this version has lines 0 to 4, not 5' }],
    ],
    [
      'a negative line',
      'skills',
      -1,
      'x',
      [{ field: 'line', message: 'the skills section of this version has lines 0 to 2, not -1' }],
    ],
    ['an empty comment', 'headline', 0, '  ', [{ field: 'text', message: 'the comment is empty' }]],
    [
      'a comment too long',
      'headline',
      0,
      'é'.repeat(1001),
      [{ field: 'text', message: 'the comment is 1001 characters long; at most 1000' }],
    ],
    [
      'an unknown section',
      'photo' as CvSection,
      0,
      'x',
      [
        {
          field: 'section',
          message:
            '"photo" is not a section (identity, headline, experiences, skills, trainings, languages, interests)',
        },
      ],
    ],
  ])('%s', (_, section, line, text, expected) =>
    expect(cvCommentProblems(cv, { section, line }, text)).toEqual(expected),
  );

  it('names an empty section', () =>
    expect(cvCommentProblems({ ...cv, interests: [] }, { section: 'interests', line: 0 }, 'x')).toEqual([
      { field: 'line', message: 'the interests section of this version is empty' },
    ]));
});
