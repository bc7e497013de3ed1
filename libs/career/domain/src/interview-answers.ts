/**
 * A practice answer, written against STAR (situation, task, action, result), and the coach's
 * review of it. The person saves drafts as often as they like, submits once, and the coach then
 * reviews it once with a short rubric (four criteria scored 1 to 4) and a comment the person reads.
 */

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

export type StarAnswer = Record<StarPart, string>;

export const PRACTICE_ANSWER_STATUSES = ['draft', 'submitted', 'reviewed'] as const;
export type PracticeAnswerStatus = (typeof PRACTICE_ANSWER_STATUSES)[number];

/** Longest part, in characters. */
export const STAR_PART_MAX = 3_000;

/** Fewer words than this in a part is "short": noted for the person, not refused. */
export const STAR_PART_MIN_WORDS: Record<StarPart, number> = {
  situation: 8,
  task: 6,
  action: 15,
  result: 8,
};

/** What each part asks for, shown beside its field. */
export const STAR_GUIDANCE: Record<StarPart, { fr: string; en: string }> = {
  situation: {
    fr: 'Le contexte, en deux ou trois phrases : où, quand, avec qui. Restez factuel.',
    en: 'The context, in two or three sentences: where, when, with whom. Keep to the facts.',
  },
  task: {
    fr: 'Ce que vous deviez obtenir, vous, dans cette situation : votre rôle et l’enjeu.',
    en: 'What you yourself had to achieve in that situation: your role and what was at stake.',
  },
  action: {
    fr: 'Ce que vous avez fait, étape par étape. Dites « je » : c’est votre action qui compte.',
    en: 'What you did, step by step. Say "I": your own action is what counts.',
  },
  result: {
    fr: 'Ce qui en est sorti, chiffré si possible (délai, nombre, économie), et ce que vous en retenez.',
    en: 'What came of it, with a figure if you can (time, number, saving), and what you learned.',
  },
};

export interface StarCheck {
  /** Parts left empty: a submitted answer has none. */
  missingParts: StarPart[];
  /** Parts under their minimum number of words. */
  shortParts: StarPart[];
  /** Parts over STAR_PART_MAX characters: refused even in a draft. */
  tooLongParts: StarPart[];
  /** The result has no figure: a hint, as a measured result convinces more. */
  resultWithoutFigure: boolean;
  wordCounts: Record<StarPart, number>;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function checkStarAnswer(answer: StarAnswer): StarCheck {
  const wordCounts = Object.fromEntries(STAR_PARTS.map((part) => [part, countWords(answer[part])])) as Record<
    StarPart,
    number
  >;
  const missingParts = STAR_PARTS.filter((part) => wordCounts[part] === 0);
  return {
    missingParts,
    shortParts: STAR_PARTS.filter(
      (part) => wordCounts[part] > 0 && wordCounts[part] < STAR_PART_MIN_WORDS[part],
    ),
    tooLongParts: STAR_PARTS.filter((part) => answer[part].length > STAR_PART_MAX),
    resultWithoutFigure: wordCounts.result > 0 && !/\p{N}/u.test(answer.result),
    wordCounts,
  };
}

/** Why saving, submitting or reviewing an answer is refused: the GraphQL `extensions.code`. */
export type PracticeAnswerRefusal =
  /** A submitted answer is no longer edited. */
  | 'ANSWER_ALREADY_SUBMITTED'
  /** A part is empty (the message names it). */
  | 'ANSWER_INCOMPLETE'
  /** A part is over STAR_PART_MAX characters (the message names it). */
  | 'ANSWER_TOO_LONG'
  /** The coach reviews a submitted answer, not a draft. */
  | 'ANSWER_NOT_SUBMITTED'
  | 'ANSWER_ALREADY_REVIEWED';

export function saveDraftRefusal(
  status: PracticeAnswerStatus | undefined,
  check: StarCheck,
): PracticeAnswerRefusal | undefined {
  if (status === 'submitted' || status === 'reviewed') return 'ANSWER_ALREADY_SUBMITTED';
  if (check.tooLongParts.length > 0) return 'ANSWER_TOO_LONG';
  return undefined;
}

export function submitRefusal(
  status: PracticeAnswerStatus | undefined,
  check: StarCheck,
): PracticeAnswerRefusal | undefined {
  if (status === 'submitted' || status === 'reviewed') return 'ANSWER_ALREADY_SUBMITTED';
  if (check.tooLongParts.length > 0) return 'ANSWER_TOO_LONG';
  if (check.missingParts.length > 0) return 'ANSWER_INCOMPLETE';
  return undefined;
}

export const REVIEW_CRITERIA = ['structure', 'concreteness', 'result', 'clarity'] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];
export type ReviewScores = Record<ReviewCriterion, number>;

export const REVIEW_SCORE_MIN = 1;
export const REVIEW_SCORE_MAX = 4;
export const REVIEW_COMMENT_MAX = 2_000;

/** The rubric the coach scores against, each criterion from 1 (not yet) to 4 (convincing). */
export const REVIEW_RUBRIC: Record<ReviewCriterion, { fr: string; en: string }> = {
  structure: {
    fr: 'Structure : les quatre temps se suivent et chacun joue son rôle.',
    en: 'Structure: the four parts follow on and each does its job.',
  },
  concreteness: {
    fr: 'Concret : un exemple réel, des faits, votre propre action.',
    en: 'Concreteness: a real example, facts, your own action.',
  },
  result: {
    fr: 'Résultat : un effet visible, mesuré si possible, et ce que vous en avez appris.',
    en: 'Result: a visible outcome, measured if possible, and what you learned.',
  },
  clarity: {
    fr: 'Clarté : des phrases simples, à dire en deux minutes.',
    en: 'Clarity: plain sentences, to be said in two minutes.',
  },
};

/** The criteria whose score is not a whole number from 1 to 4. */
export function invalidReviewScores(scores: ReviewScores): ReviewCriterion[] {
  return REVIEW_CRITERIA.filter(
    (criterion) =>
      !Number.isInteger(scores[criterion]) ||
      scores[criterion] < REVIEW_SCORE_MIN ||
      scores[criterion] > REVIEW_SCORE_MAX,
  );
}

export function reviewRefusal(status: PracticeAnswerStatus | undefined): PracticeAnswerRefusal | undefined {
  if (status === 'reviewed') return 'ANSWER_ALREADY_REVIEWED';
  if (status !== 'submitted') return 'ANSWER_NOT_SUBMITTED';
  return undefined;
}

export function reviewTotal(scores: ReviewScores): number {
  return REVIEW_CRITERIA.reduce((total, criterion) => total + scores[criterion], 0);
}
