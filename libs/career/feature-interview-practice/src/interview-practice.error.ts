import { DomainError, type FieldIssue } from '@passerelle/shared/graphql';
import type { PracticeAnswerRefusal, StarPart } from '@passerelle/career/domain';

export enum InterviewPracticeErrorCode {
  InvalidInput = 'BAD_USER_INPUT',
  /**
   * Not the person's nor their coach's (another person, another coach), or unknown here: the same
   * answer for a person, session or answer that exists and for one that does not (decision 0030).
   */
  OutOfScope = 'FORBIDDEN',
  /** The question is not one of the session's. */
  QuestionNotInSession = 'QUESTION_NOT_IN_SESSION',
  /** Answers are the person's own words: their coach reads and reviews them, never writes them. */
  PersonAnswers = 'PRACTICE_ANSWERED_BY_THE_PERSON',
  AlreadySubmitted = 'ANSWER_ALREADY_SUBMITTED',
  Incomplete = 'ANSWER_INCOMPLETE',
  TooLong = 'ANSWER_TOO_LONG',
  NotSubmitted = 'ANSWER_NOT_SUBMITTED',
  AlreadyReviewed = 'ANSWER_ALREADY_REVIEWED',
}

export class InterviewPracticeError extends DomainError<InterviewPracticeErrorCode> {}

export const invalidPracticeInput = (message: string, fields: FieldIssue[]): InterviewPracticeError =>
  new InterviewPracticeError(InterviewPracticeErrorCode.InvalidInput, message, { fields });

/** Which id was not the caller's to reach: named, never said whether it exists. */
export const outOfScope = (field: 'candidateId' | 'sessionId' | 'id' | 'answerId'): InterviewPracticeError =>
  new InterviewPracticeError(
    InterviewPracticeErrorCode.OutOfScope,
    'interview practice is seen by the person and their coach only',
    { field },
  );

const CODES: Record<PracticeAnswerRefusal, InterviewPracticeErrorCode> = {
  ANSWER_ALREADY_SUBMITTED: InterviewPracticeErrorCode.AlreadySubmitted,
  ANSWER_INCOMPLETE: InterviewPracticeErrorCode.Incomplete,
  ANSWER_TOO_LONG: InterviewPracticeErrorCode.TooLong,
  ANSWER_NOT_SUBMITTED: InterviewPracticeErrorCode.NotSubmitted,
  ANSWER_ALREADY_REVIEWED: InterviewPracticeErrorCode.AlreadyReviewed,
};

/** A domain refusal as the error GraphQL answers; the parts concerned named when there are some. */
export function answerRefusal(
  refusal: PracticeAnswerRefusal,
  parts: readonly StarPart[] = [],
): InterviewPracticeError {
  const named = parts.join(', ');
  const messages: Record<PracticeAnswerRefusal, string> = {
    ANSWER_ALREADY_SUBMITTED: 'this answer was submitted: it is no longer edited',
    ANSWER_INCOMPLETE: `write every part of the answer before submitting it; empty: ${named}`,
    ANSWER_TOO_LONG: `too long (at most 3,000 characters a part): ${named}`,
    ANSWER_NOT_SUBMITTED: 'the person has not submitted this answer yet',
    ANSWER_ALREADY_REVIEWED: 'this answer was already reviewed',
  };
  return new InterviewPracticeError(
    CODES[refusal],
    messages[refusal],
    parts.length > 0 ? { fields: parts } : {},
  );
}
