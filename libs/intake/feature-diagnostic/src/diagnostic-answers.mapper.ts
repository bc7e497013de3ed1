import type { AnswerValue, Answers, Questionnaire } from '@passerelle/intake/domain';
import type { DiagnosticAnswer, DiagnosticAnswerInput } from '@passerelle/intake/graphql-types';
import { DiagnosticError, DiagnosticErrorCode } from './diagnostic.error';

/** One answer as GraphQL carries it: exactly one of a choice, a list of choices, or a number. */
export type AnswerInput = DiagnosticAnswerInput;

export type AnswerObject = DiagnosticAnswer;

export function answersFromInput(inputs: readonly AnswerInput[]): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  const fields: { field: string; message: string }[] = [];
  inputs.forEach((input, index) => {
    const given = [input.choice, input.choices, input.number].filter(
      (value) => value !== null && value !== undefined,
    );
    if (given.length !== 1) {
      fields.push({
        field: `answers.${index}`,
        message: `${input.questionId}: give exactly one of choice, choices or number`,
      });
      return;
    }
    if (input.questionId in answers) {
      fields.push({ field: `answers.${index}`, message: `${input.questionId}: answered twice` });
      return;
    }
    answers[input.questionId] = given[0] as AnswerValue;
  });
  if (fields.length) {
    throw new DiagnosticError(DiagnosticErrorCode.InvalidInput, fields.map((f) => f.message).join('; '), {
      fields,
    });
  }
  return answers;
}

/** In the questionnaire's order, so a form can be filled back in as it was left. */
export function answersToObjects(questionnaire: Questionnaire | null, answers: Answers): AnswerObject[] {
  const order = questionnaire?.questions.map((question) => question.id) ?? Object.keys(answers).sort();
  return order
    .filter((questionId) => answers[questionId] !== undefined)
    .map((questionId) => {
      const value = answers[questionId];
      return {
        questionId,
        choice: typeof value === 'string' ? value : null,
        choices: Array.isArray(value) ? value : null,
        number: typeof value === 'number' ? value : null,
      };
    });
}
