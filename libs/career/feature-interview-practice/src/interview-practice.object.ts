import type {
  InterviewPracticeAnswerEntity,
  InterviewPracticeQuestionEntity,
  PracticeSessionRecord,
} from '@passerelle/career/data-access';
import {
  checkStarAnswer,
  interviewQuestion,
  INTERVIEW_QUESTION_BANK_LICENCE,
  INTERVIEW_QUESTION_BANK_VERSION,
  REVIEW_CRITERIA,
  REVIEW_RUBRIC,
  reviewTotal,
  STAR_GUIDANCE,
  STAR_PART_MAX,
  STAR_PART_MIN_WORDS,
  STAR_PARTS,
} from '@passerelle/career/domain';
import type {
  InterviewPracticeGuide,
  InterviewPracticeSession,
  InterviewQuestion,
  PracticeAnswer,
  PracticeSessionQuestion,
} from '@passerelle/career/graphql-types';
import { toGraphQLEnum } from '@passerelle/shared/graphql';

function toQuestionObject(id: string): InterviewQuestion {
  const question = interviewQuestion(id);
  if (!question) throw new Error(`interview question ${id} is not in the bank (ids are never removed)`);
  return {
    id: question.id,
    kind: toGraphQLEnum(question.kind),
    topic: question.topic ?? null,
    grandDomain: question.grandDomain ?? null,
    textFr: question.fr,
    textEn: question.en,
  };
}

export function toAnswerObject(row: InterviewPracticeAnswerEntity): PracticeAnswer {
  const check = checkStarAnswer(row);
  const scores =
    row.reviewStructure !== null &&
    row.reviewConcreteness !== null &&
    row.reviewResult !== null &&
    row.reviewClarity !== null
      ? {
          structure: row.reviewStructure,
          concreteness: row.reviewConcreteness,
          result: row.reviewResult,
          clarity: row.reviewClarity,
        }
      : null;
  return {
    id: row.id,
    sessionId: row.sessionId,
    questionId: row.questionId,
    status: toGraphQLEnum(row.status),
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    check: {
      missingParts: check.missingParts.map(toGraphQLEnum),
      shortParts: check.shortParts.map(toGraphQLEnum),
      resultWithoutFigure: check.resultWithoutFigure,
    },
    savedAt: row.savedAt,
    submittedAt: row.submittedAt,
    review:
      scores && row.reviewedByCoachId && row.reviewedAt
        ? {
            ...scores,
            total: reviewTotal(scores),
            comment: row.reviewComment,
            reviewedByCoachId: row.reviewedByCoachId,
            reviewedAt: row.reviewedAt,
          }
        : null,
  };
}

function toSessionQuestionObject(
  row: InterviewPracticeQuestionEntity,
  answers: readonly InterviewPracticeAnswerEntity[],
): PracticeSessionQuestion {
  const answer = answers.find((candidate) => candidate.questionId === row.questionId);
  return {
    position: row.position,
    question: toQuestionObject(row.questionId),
    reason: row.reason,
    matchedSkills: row.matchedSkills,
    answer: answer ? toAnswerObject(answer) : null,
  };
}

export const toPracticeSessionObject = ({
  session,
  questions,
  answers,
}: PracticeSessionRecord): InterviewPracticeSession => ({
  id: session.id,
  candidateId: session.candidateId,
  applicationId: session.applicationId,
  occupationCodes: session.occupationCodes,
  offerSkills: session.offerSkills,
  bankVersion: session.bankVersion,
  startedByRole: session.startedByRole,
  startedAt: session.startedAt,
  questions: questions.map((question) => toSessionQuestionObject(question, answers)),
});

export const toGuideObject = (): InterviewPracticeGuide => ({
  star: STAR_PARTS.map((part) => ({
    part: toGraphQLEnum(part),
    fr: STAR_GUIDANCE[part].fr,
    en: STAR_GUIDANCE[part].en,
    minWords: STAR_PART_MIN_WORDS[part],
    maxCharacters: STAR_PART_MAX,
  })),
  rubric: REVIEW_CRITERIA.map((criterion) => ({ criterion, ...REVIEW_RUBRIC[criterion] })),
  bankVersion: INTERVIEW_QUESTION_BANK_VERSION,
  bankLicence: INTERVIEW_QUESTION_BANK_LICENCE,
});
