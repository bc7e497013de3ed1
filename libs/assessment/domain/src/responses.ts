import type { ResponseFormat } from './instrument';

export type AnswerIssueCode = 'missing' | 'out_of_range' | 'not_an_integer' | 'unknown_item';

/** One problem with one answer, naming the item so the person can find it. */
export interface AnswerIssue {
  itemId: string;
  code: AnswerIssueCode;
  message: string;
}

export type Answers = Readonly<Record<string, number>>;

/**
 * Checks answers against the items and response format. A partial save checks only what was
 * given; a submission also requires every item answered.
 */
export function validateAnswers(
  itemIds: readonly string[],
  format: Pick<ResponseFormat, 'min' | 'max'>,
  answers: Answers,
  { complete }: { complete: boolean },
): AnswerIssue[] {
  const known = new Set(itemIds);
  const issues: AnswerIssue[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    if (!known.has(itemId)) {
      issues.push({ itemId, code: 'unknown_item', message: `item ${itemId} is not part of this assessment` });
    } else if (!Number.isInteger(value)) {
      issues.push({
        itemId,
        code: 'not_an_integer',
        message: `item ${itemId}: ${value} is not a whole number from ${format.min} to ${format.max}`,
      });
    } else if (value < format.min || value > format.max) {
      issues.push({
        itemId,
        code: 'out_of_range',
        message: `item ${itemId}: ${value} is outside ${format.min}-${format.max}`,
      });
    }
  }
  if (complete) {
    for (const itemId of itemIds) {
      if (!(itemId in answers)) {
        issues.push({ itemId, code: 'missing', message: `item ${itemId} is not answered` });
      }
    }
  }
  return issues;
}

export function describeIssues(issues: readonly AnswerIssue[]): string {
  return issues.map((issue) => issue.message).join('; ');
}
