import { validateAnswers } from './answers';
import { CURRENT_QUESTIONNAIRE, QUESTIONNAIRE_2026_1, questionnaireOf } from './questionnaire';

const COMPLETE = {
  income_urgency: 'within_6_months',
  wellbeing: 4,
  stress: 2,
  distress_signal: 'never',
  project_clarity: 'clear',
  project_kind: 'same_occupation',
  open_to_training: 'yes',
  years_to_retirement: 12,
  mobility_radius_km: 40,
  relocation: 'no',
  languages: ['fr', 'en'],
};

describe('diagnostic answers', () => {
  it('accepts a complete set (constraints are optional)', () => {
    expect(validateAnswers(QUESTIONNAIRE_2026_1, COMPLETE, 'complete')).toEqual([]);
  });

  it('a partial save checks only what was given', () => {
    expect(validateAnswers(QUESTIONNAIRE_2026_1, { wellbeing: 2 }, 'partial')).toEqual([]);
  });

  it('a submission names every missing required question', () => {
    const rest = Object.fromEntries(
      Object.entries(COMPLETE).filter(([id]) => id !== 'stress' && id !== 'languages'),
    );
    expect(validateAnswers(QUESTIONNAIRE_2026_1, rest, 'complete')).toEqual([
      { questionId: 'stress', message: 'an answer is required' },
      { questionId: 'languages', message: 'an answer is required' },
    ]);
  });

  it.each([
    ['wellbeing', 6, 'must be at most 5'],
    ['wellbeing', 0, 'must be at least 1'],
    ['stress', 2.5, 'expects a whole number'],
    ['mobility_radius_km', -1, 'must be at least 0'],
    [
      'income_urgency',
      'tomorrow',
      '"tomorrow" is not one of immediate, within_3_months, within_6_months, not_urgent',
    ],
    ['income_urgency', ['immediate'], 'expects one choice'],
    ['constraints', ['health', 'pets'], '"pets" not among the choices'],
    ['constraints', ['health', 'health'], 'a choice is repeated'],
    ['constraints', 'health', 'expects a list of choices'],
    ['languages', [], 'expects at least one language'],
    ['languages', ['French'], 'languages must be ISO 639-1 codes such as fr'],
  ])('%s = %j: %s', (questionId, value, message) => {
    expect(validateAnswers(QUESTIONNAIRE_2026_1, { [questionId]: value }, 'partial')).toEqual([
      { questionId, message },
    ]);
  });

  it('refuses an answer to a question the version does not have', () => {
    expect(validateAnswers(QUESTIONNAIRE_2026_1, { favourite_colour: 'blue' }, 'partial')).toEqual([
      { questionId: 'favourite_colour', message: 'no such question in questionnaire 2026.1' },
    ]);
  });
});

describe('questionnaire', () => {
  it('is versioned and worded in French and English, with options for every choice', () => {
    expect(questionnaireOf('2026.1')).toBe(CURRENT_QUESTIONNAIRE);
    expect(questionnaireOf('1999.1')).toBeNull();
    for (const question of CURRENT_QUESTIONNAIRE.questions) {
      expect(question.text.fr).not.toEqual(question.text.en);
      if (question.kind.endsWith('choice')) expect(question.options.length).toBeGreaterThan(1);
      for (const option of question.options) expect(option.label.fr && option.label.en).toBeTruthy();
    }
    const themes = new Set(CURRENT_QUESTIONNAIRE.questions.map((question) => question.theme));
    expect([...themes].sort()).toEqual([
      'constraints',
      'languages',
      'mobility',
      'project',
      'urgency',
      'wellbeing',
    ]);
  });
});
