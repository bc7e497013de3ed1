import { QUESTIONNAIRE_2026_1 } from '@passerelle/intake/domain';
import { answersFromInput, answersToObjects } from './diagnostic-answers.mapper';
import { DiagnosticError } from './diagnostic.error';

describe('diagnostic answers over GraphQL', () => {
  it('takes the one value given for each question', () => {
    expect(
      answersFromInput([
        { questionId: 'wellbeing', number: 3 },
        { questionId: 'income_urgency', choice: 'immediate', choices: null },
        { questionId: 'languages', choices: ['fr'] },
      ]),
    ).toEqual({ wellbeing: 3, income_urgency: 'immediate', languages: ['fr'] });
  });

  it.each([
    [[{ questionId: 'wellbeing' }], 'wellbeing: give exactly one of choice, choices or number'],
    [
      [{ questionId: 'wellbeing', number: 3, choice: '3' }],
      'wellbeing: give exactly one of choice, choices or number',
    ],
    [
      [
        { questionId: 'stress', number: 3 },
        { questionId: 'stress', number: 4 },
      ],
      'stress: answered twice',
    ],
  ])('refuses %j, naming the question', (inputs, message) => {
    let error: unknown;
    try {
      answersFromInput(inputs);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DiagnosticError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message });
  });

  it('gives the answers back in the order of the questionnaire', () => {
    const objects = answersToObjects(QUESTIONNAIRE_2026_1, {
      languages: ['fr'],
      income_urgency: 'immediate',
      stress: 2,
    });
    expect(objects.map((answer) => answer.questionId)).toEqual(['income_urgency', 'stress', 'languages']);
    expect(objects[2]).toEqual({ questionId: 'languages', choice: null, choices: ['fr'], number: null });
  });
});
