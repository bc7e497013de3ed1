import type { Question, Questionnaire } from './questionnaire';

/** One answer: a choice, several choices, a number, or a list of language codes. */
export type AnswerValue = string | number | string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface AnswerIssue {
  questionId: string;
  message: string;
}

const LANGUAGE_CODE = /^[a-z]{2}$/;

/** What is wrong with one answer to one question, or null when it is a valid answer. */
export function answerIssue(question: Question, value: AnswerValue): string | null {
  switch (question.kind) {
    case 'single_choice':
      if (typeof value !== 'string') return 'expects one choice';
      return question.options.some((option) => option.value === value)
        ? null
        : `"${value}" is not one of ${question.options.map((option) => option.value).join(', ')}`;
    case 'multiple_choice': {
      if (!Array.isArray(value)) return 'expects a list of choices';
      const unknown = value.filter((item) => !question.options.some((option) => option.value === item));
      if (unknown.length) return `${unknown.map((item) => `"${item}"`).join(', ')} not among the choices`;
      return new Set(value).size === value.length ? null : 'a choice is repeated';
    }
    case 'scale':
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'expects a whole number';
      if (question.min !== null && value < question.min) return `must be at least ${question.min}`;
      if (question.max !== null && value > question.max) return `must be at most ${question.max}`;
      return null;
    case 'language_list':
      if (!Array.isArray(value) || value.length === 0) return 'expects at least one language';
      return value.every((code) => LANGUAGE_CODE.test(code))
        ? null
        : 'languages must be ISO 639-1 codes such as fr';
  }
}

/**
 * Checks answers against a questionnaire. A partial save checks only what was given (the person
 * goes on later); a submission also needs every required question answered.
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  mode: 'partial' | 'complete',
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const known = new Set(questionnaire.questions.map((question) => question.id));
  for (const questionId of Object.keys(answers)) {
    if (!known.has(questionId)) {
      issues.push({ questionId, message: `no such question in questionnaire ${questionnaire.version}` });
    }
  }
  for (const question of questionnaire.questions) {
    const value = answers[question.id];
    if (value === undefined) {
      if (mode === 'complete' && question.required) {
        issues.push({ questionId: question.id, message: 'an answer is required' });
      }
      continue;
    }
    const issue = answerIssue(question, value);
    if (issue) issues.push({ questionId: question.id, message: issue });
  }
  return issues;
}
