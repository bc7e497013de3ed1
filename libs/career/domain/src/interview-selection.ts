import {
  GENERAL_TOPICS,
  GRAND_DOMAINS,
  INTERVIEW_QUESTIONS,
  type GrandDomain,
  type InterviewQuestion,
} from './interview-questions';

/**
 * Which questions a practice session asks. A session opens with the departure told calmly (a
 * `transition` question), asks about the occupation's family (the grand domain of the target
 * occupations), then behavioural questions, and ends on the practical topics. Within each group
 * the questions whose skills keywords meet the offer's skills come first; ties are broken by the
 * seed, so the same seed gives the same session and another seed another one.
 */

export const PRACTICE_QUESTIONS_MIN = 1;
export const PRACTICE_QUESTIONS_MAX = 10;
export const PRACTICE_QUESTIONS_DEFAULT = 5;

const ROME_CODE = /^[A-N]\d{4}$/;

export interface QuestionSelectionInput {
  /** ROME codes of the occupations aimed at (the application's, or the project's targets). */
  occupationCodes: readonly string[];
  /** The offer's skills, as worded in the offer (ROME skills in French). */
  offerSkills: readonly string[];
  count: number;
  seed: string;
}

export type SelectionReason = 'general' | 'occupation' | 'behavioural';

export interface SelectedQuestion {
  questionId: string;
  reason: SelectionReason;
  /** The offer's skills that made this question come first (as given). */
  matchedSkills: string[];
}

export function isRomeCode(code: string): boolean {
  return ROME_CODE.test(code);
}

/** The grand domain of a ROME code: its first letter. */
export function grandDomainOf(code: string): GrandDomain | undefined {
  if (!isRomeCode(code)) return undefined;
  return GRAND_DOMAINS.find((domain) => domain === code[0]);
}

/** Lower case, no accents, words separated by one space, padded so keywords match word starts. */
export function foldForMatching(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${folded} `;
}

/** The offer's skills a question's keywords meet: a keyword matches the start of a word of a skill. */
export function matchedSkills(question: InterviewQuestion, offerSkills: readonly string[]): string[] {
  if (question.skills.length === 0) return [];
  const keywords = question.skills.map((keyword) => foldForMatching(keyword).trimEnd());
  return offerSkills.filter((skill) => {
    const folded = foldForMatching(skill);
    return keywords.some((keyword) => folded.includes(keyword));
  });
}

/**
 * FNV-1a over the seed and the question id, then murmur3's finaliser: a stable, machine-independent
 * tie-breaker. Without the finaliser, ids differing only in their last character (`beh-1`,
 * `beh-2`) would keep nearly the same order whatever the seed.
 */
function seededRank(seed: string, id: string): number {
  let hash = 0x811c9dc5;
  const text = `${seed}:${id}`;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}

interface Candidate {
  question: InterviewQuestion;
  matched: string[];
  rank: number;
}

function ranked(questions: readonly InterviewQuestion[], input: QuestionSelectionInput): Candidate[] {
  return questions
    .map((question) => ({
      question,
      matched: matchedSkills(question, input.offerSkills),
      rank: seededRank(input.seed, question.id),
    }))
    .sort(
      (a, b) =>
        b.matched.length - a.matched.length || a.rank - b.rank || (a.question.id < b.question.id ? -1 : 1),
    );
}

/**
 * Pick `count` questions (fewer only if the bank has fewer that fit). Without a target occupation
 * there are no occupation questions. A third of the session (at least one) is general, at most one
 * per topic; with a target, another third is about its family; behavioural questions fill the rest,
 * and a group short of questions leaves its place to the others.
 */
export function selectInterviewQuestions(
  input: QuestionSelectionInput,
  bank: readonly InterviewQuestion[] = INTERVIEW_QUESTIONS,
): SelectedQuestion[] {
  const count = Math.max(0, Math.floor(input.count));
  const domains = new Set(input.occupationCodes.map(grandDomainOf).filter((domain) => domain !== undefined));

  // General: one question per topic, topics in the order of an interview, the question within a topic by seed.
  const generalByTopic = GENERAL_TOPICS.map(
    (topic) =>
      ranked(
        bank.filter((question) => question.kind === 'general' && question.topic === topic),
        input,
      )[0],
  ).filter((candidate) => candidate !== undefined);
  const occupation = ranked(
    bank.filter(
      (question) =>
        question.kind === 'occupation' && question.grandDomain && domains.has(question.grandDomain),
    ),
    input,
  );
  const behavioural = ranked(
    bank.filter((question) => question.kind === 'behavioural'),
    input,
  );

  const third = Math.max(1, Math.round(count / 3));
  const quotas = {
    general: Math.min(generalByTopic.length, Math.min(third, count)),
    occupation: domains.size > 0 ? Math.min(occupation.length, Math.round(count / 3)) : 0,
    behavioural: 0,
  };
  quotas.behavioural = Math.min(behavioural.length, count - quotas.general - quotas.occupation);
  // A group short of questions leaves its place: occupation first, then general, then behavioural.
  let left = count - quotas.general - quotas.occupation - quotas.behavioural;
  if (left > 0 && domains.size > 0) {
    const more = Math.min(left, occupation.length - quotas.occupation);
    quotas.occupation += more;
    left -= more;
  }
  if (left > 0) {
    const more = Math.min(left, generalByTopic.length - quotas.general);
    quotas.general += more;
    left -= more;
  }

  const general = generalByTopic.slice(0, quotas.general);
  const toSelected =
    (reason: SelectionReason) =>
    (candidate: Candidate): SelectedQuestion => ({
      questionId: candidate.question.id,
      reason,
      matchedSkills: candidate.matched,
    });
  return [
    ...general.slice(0, 1).map(toSelected('general')),
    ...occupation.slice(0, quotas.occupation).map(toSelected('occupation')),
    ...behavioural.slice(0, quotas.behavioural).map(toSelected('behavioural')),
    ...general.slice(1).map(toSelected('general')),
  ];
}
