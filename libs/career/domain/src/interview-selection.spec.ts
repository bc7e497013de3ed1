import type { InterviewQuestion } from './interview-questions';
import {
  foldForMatching,
  grandDomainOf,
  matchedSkills,
  selectInterviewQuestions,
  type QuestionSelectionInput,
} from './interview-selection';

const base: QuestionSelectionInput = { occupationCodes: [], offerSkills: [], count: 5, seed: 'session-1' };

function kinds(input: Partial<QuestionSelectionInput>): string[] {
  return selectInterviewQuestions({ ...base, ...input }).map((selected) => selected.questionId.split('-')[0]);
}

describe('grandDomainOf', () => {
  it.each([
    ['D1106', 'D'],
    ['N1103', 'N'],
    ['A1203', 'A'],
    ['Z1234', undefined],
    ['d1106', undefined],
    ['D110', undefined],
    ['', undefined],
  ])('%s -> %s', (code, domain) => {
    expect(grandDomainOf(code)).toBe(domain);
  });
});

describe('matchedSkills', () => {
  const question: InterviewQuestion = {
    id: 'beh-x',
    kind: 'behavioural',
    skills: ['accueil', 'client', 'non conformite'],
    fr: 'x',
    en: 'x',
  };
  it.each<[string, string[], string[]]>([
    [
      'a keyword meets the start of a word, accents and case aside',
      ['Accueillir une clientèle'],
      ['Accueillir une clientèle'],
    ],
    ['a keyword inside a word does not count', ['Fidéliser les superclients'], []],
    ['no keyword, no match', ['Conduire un engin'], []],
    [
      'a keyword of two words matches the two words',
      ['Traiter les non-conformités'],
      ['Traiter les non-conformités'],
    ],
    [
      'each matching skill once, in the offer’s order',
      ['Vendre', 'Clients B2B', 'Accueil du public'],
      ['Clients B2B', 'Accueil du public'],
    ],
  ])('%s', (_case, skills, expected) => {
    expect(matchedSkills(question, skills)).toEqual(expected);
  });

  it('folds text to padded lower-case words', () => {
    expect(foldForMatching('  Œuvre d’Art, SÉCURITÉ ')).toBe(' oeuvre d art securite ');
  });
});

describe('selectInterviewQuestions', () => {
  it.each<[string, Partial<QuestionSelectionInput>, string[]]>([
    [
      'no target: general then behavioural, practical topics last',
      { count: 5 },
      ['gen', 'beh', 'beh', 'beh', 'gen'],
    ],
    [
      'a target: a third about its family',
      { count: 6, occupationCodes: ['D1106'] },
      ['gen', 'occ', 'occ', 'beh', 'beh', 'gen'],
    ],
    ['one question: the departure told calmly', { count: 1, occupationCodes: ['D1106'] }, ['gen']],
    ['three with a target: one of each', { count: 3, occupationCodes: ['N1103'] }, ['gen', 'occ', 'beh']],
    ['an invalid code is no target', { count: 3, occupationCodes: ['Z9999'] }, ['gen', 'beh', 'beh']],
    [
      'ten with a target: the family’s three, then behavioural',
      { count: 10, occupationCodes: ['F1703'] },
      ['gen', 'occ', 'occ', 'occ', 'beh', 'beh', 'beh', 'beh', 'gen', 'gen'],
    ],
  ])('%s', (_case, input, expected) => {
    expect(kinds(input)).toEqual(expected);
  });

  it('opens with a transition question and asks at most one per general topic', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const selected = selectInterviewQuestions({ ...base, count: 10, seed });
      expect(selected[0].questionId).toMatch(/^gen-transition-/);
      const topics = selected.filter((s) => s.reason === 'general').map((s) => s.questionId.split('-')[1]);
      expect(new Set(topics).size).toBe(topics.length);
      expect(new Set(selected.map((s) => s.questionId)).size).toBe(selected.length);
    }
  });

  it('asks only about the target families', () => {
    const selected = selectInterviewQuestions({ ...base, count: 10, occupationCodes: ['J1501', 'K1302'] });
    const occupation = selected.filter((s) => s.reason === 'occupation').map((s) => s.questionId);
    expect(occupation.length).toBeGreaterThan(0);
    expect(occupation.every((id) => /^occ-[jk]-/.test(id))).toBe(true);
  });

  it('puts the questions that meet the offer’s skills first, and says which skills', () => {
    const selected = selectInterviewQuestions({
      ...base,
      count: 3,
      occupationCodes: ['N1103'],
      offerSkills: ['Préparer les commandes', 'Réaliser un inventaire'],
    });
    expect(selected[1]).toEqual({
      questionId: 'occ-n-2',
      reason: 'occupation',
      matchedSkills: ['Préparer les commandes', 'Réaliser un inventaire'],
    });
    const behavioural = selectInterviewQuestions({
      ...base,
      count: 3,
      offerSkills: ['Gérer un conflit avec un client'],
    });
    expect(behavioural[1]).toEqual({
      questionId: 'beh-1',
      reason: 'behavioural',
      matchedSkills: ['Gérer un conflit avec un client'],
    });
  });

  it('is deterministic for a seed, and another seed gives another session', () => {
    const input = { ...base, count: 6, occupationCodes: ['G1602'] };
    expect(selectInterviewQuestions(input)).toEqual(selectInterviewQuestions({ ...input }));
    const sessions = new Set(
      ['s1', 's2', 's3', 's4', 's5', 's6'].map((seed) =>
        selectInterviewQuestions({ ...input, seed })
          .map((s) => s.questionId)
          .join(','),
      ),
    );
    expect(sessions.size).toBeGreaterThan(1);
  });

  it('varies widely with the seed: every question of a group is drawn, and many sessions differ', () => {
    const seeds = Array.from({ length: 200 }, (_, i) => `seed-${i}`);
    const sessions = seeds.map((seed) =>
      selectInterviewQuestions({ ...base, count: 5, occupationCodes: ['G1602'], seed }).map(
        (s) => s.questionId,
      ),
    );
    expect(new Set(sessions.map((ids) => ids.join(','))).size).toBeGreaterThan(100);
    const drawn = new Set(sessions.flat());
    for (const id of [
      'gen-transition-1',
      'gen-transition-2',
      'gen-transition-3',
      'occ-g-1',
      'occ-g-2',
      'occ-g-3',
    ])
      expect(drawn).toContain(id);
    for (let n = 1; n <= 8; n++) expect(drawn).toContain(`beh-${n}`);
  });

  it('gives fewer questions only when the bank has no more, and none for a count of zero', () => {
    const bank: InterviewQuestion[] = [
      { id: 'gen-transition-1', kind: 'general', topic: 'transition', skills: [], fr: 'x', en: 'x' },
      { id: 'beh-1', kind: 'behavioural', skills: ['x'], fr: 'x', en: 'x' },
    ];
    expect(selectInterviewQuestions({ ...base, count: 5 }, bank).map((s) => s.questionId)).toEqual([
      'gen-transition-1',
      'beh-1',
    ]);
    expect(selectInterviewQuestions({ ...base, count: 0 })).toEqual([]);
  });
});
