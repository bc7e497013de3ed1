import {
  GENERAL_TOPICS,
  GRAND_DOMAIN_NAMES,
  GRAND_DOMAINS,
  INTERVIEW_QUESTION_BANK_LICENCE,
  INTERVIEW_QUESTIONS,
  interviewQuestion,
  type InterviewQuestion,
} from './interview-questions';

/** Every grand domain has at least this many occupation questions. */
const PER_DOMAIN_MIN = 3;

describe('the interview question bank', () => {
  it('has unique ids in the documented shape', () => {
    const ids = INTERVIEW_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of INTERVIEW_QUESTIONS) {
      const expected =
        question.kind === 'general'
          ? new RegExp(`^gen-${question.topic}-\\d+$`)
          : question.kind === 'behavioural'
            ? /^beh-\d+$/
            : new RegExp(`^occ-${(question.grandDomain ?? '?').toLowerCase()}-\\d+$`);
      expect(question.id).toMatch(expected);
    }
  });

  it.each(INTERVIEW_QUESTIONS.map((question) => [question.id, question] as const))(
    '%s: worded in French and English, as a question, trimmed, and different',
    (_id, question: InterviewQuestion) => {
      for (const text of [question.fr, question.en]) {
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(15);
        expect(text).toMatch(/[?.]$/);
      }
      expect(question.fr).not.toMatch(/[^ ][?:]/); // French typography: a space before ? and :
      expect(question.fr).not.toBe(question.en);
    },
  );

  it('tags only the fields of its kind, and skills keywords in lower case without accents', () => {
    for (const question of INTERVIEW_QUESTIONS) {
      expect(question.topic !== undefined).toBe(question.kind === 'general');
      expect(question.grandDomain !== undefined).toBe(question.kind === 'occupation');
      expect(question.skills.length > 0).toBe(question.kind !== 'general');
      for (const keyword of question.skills) expect(keyword).toMatch(/^[a-z]+( [a-z]+)*$/);
    }
  });

  it.each(GRAND_DOMAINS.map((domain) => [domain]))(
    `grand domain %s has at least ${PER_DOMAIN_MIN} occupation questions and a name in both languages`,
    (domain) => {
      const questions = INTERVIEW_QUESTIONS.filter((question) => question.grandDomain === domain);
      expect(questions.length).toBeGreaterThanOrEqual(PER_DOMAIN_MIN);
      expect(GRAND_DOMAIN_NAMES[domain].fr).not.toBe('');
      expect(GRAND_DOMAIN_NAMES[domain].en).not.toBe('');
    },
  );

  it.each(GENERAL_TOPICS.map((topic) => [topic]))('general topic %s has at least two questions', (topic) => {
    expect(INTERVIEW_QUESTIONS.filter((question) => question.topic === topic).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('has at least six behavioural questions, and carries its licence', () => {
    expect(
      INTERVIEW_QUESTIONS.filter((question) => question.kind === 'behavioural').length,
    ).toBeGreaterThanOrEqual(6);
    expect(INTERVIEW_QUESTION_BANK_LICENCE).toContain('CC BY 4.0');
  });

  it('finds a question by id, and nothing for an unknown id', () => {
    expect(interviewQuestion('gen-pay-1')?.topic).toBe('pay');
    expect(interviewQuestion('occ-z-1')).toBeUndefined();
  });
});
