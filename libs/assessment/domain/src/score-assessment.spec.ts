import type { InstrumentDefinition } from './instrument';
import { scoreAssessment, SubmissionInvalidError } from './score-assessment';
import { riasecStructureForTests } from './test-instruments';

const riasec = riasecStructureForTests();
const itemIds = riasec.items.map((item) => item.id);

/** The hand-worked response set (see docs/assessment.md): R 28, I 32, A 8, S 40, E 24, C 20. */
const HAND_WORKED: Record<string, number> = {
  ...Object.fromEntries([5, 5, 4, 4, 3, 3, 2, 2].map((v, i) => [`R${i + 1}`, v])),
  ...Object.fromEntries([4, 4, 4, 4, 4, 4, 4, 4].map((v, i) => [`I${i + 1}`, v])),
  ...Object.fromEntries([1, 1, 1, 1, 1, 1, 1, 1].map((v, i) => [`A${i + 1}`, v])),
  ...Object.fromEntries([5, 5, 5, 5, 5, 5, 5, 5].map((v, i) => [`S${i + 1}`, v])),
  ...Object.fromEntries([3, 3, 3, 3, 3, 3, 3, 3].map((v, i) => [`E${i + 1}`, v])),
  ...Object.fromEntries([2, 3, 2, 3, 2, 3, 2, 3].map((v, i) => [`C${i + 1}`, v])),
};

const without = (answers: Record<string, number>, itemId: string) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => id !== itemId));

describe('RIASEC known answers', () => {
  it('scores the hand-worked set: sums per type within 8-40, code SIR', () => {
    const result = scoreAssessment(riasec, { answers: HAND_WORKED, itemIds });
    expect(result).toEqual({
      kind: 'riasec',
      riasec: {
        scores: { R: 28, I: 32, A: 8, S: 40, E: 24, C: 20 },
        hollandCode: 'SIR',
        tiedAtCut: false,
        differentiation: 32,
        iachanDifferentiation: 12,
        consistency: 'medium',
      },
    });
  });

  it.each([
    [1, 8],
    [5, 40],
  ])('all answers %d give %d on every type (the published range)', (value, expected) => {
    const answers = Object.fromEntries(itemIds.map((id) => [id, value]));
    const result = scoreAssessment(riasec, { answers, itemIds });
    if (result.kind !== 'riasec') throw new Error('expected a RIASEC profile');
    expect(Object.values(result.riasec.scores)).toEqual([
      expected,
      expected,
      expected,
      expected,
      expected,
      expected,
    ]);
    expect(result.riasec.hollandCode).toBe('RIA');
  });
});

describe('submission validation names the item', () => {
  it.each<[string, Record<string, number>, string[]]>([
    ['one item missing', without(HAND_WORKED, 'C8'), ['item C8 is not answered']],
    ['out of range', { ...HAND_WORKED, R3: 6 }, ['item R3: 6 is outside 1-5']],
    ['zero', { ...HAND_WORKED, I1: 0 }, ['item I1: 0 is outside 1-5']],
    ['not whole', { ...HAND_WORKED, S2: 2.5 }, ['item S2: 2.5 is not a whole number from 1 to 5']],
    ['unknown item', { ...HAND_WORKED, Z9: 3 }, ['item Z9 is not part of this assessment']],
    [
      'several problems at once',
      { ...without(HAND_WORKED, 'A1'), E4: 9 },
      ['item E4: 9 is outside 1-5', 'item A1 is not answered'],
    ],
  ])('%s', (_case, answers, messages) => {
    try {
      scoreAssessment(riasec, { answers, itemIds });
      throw new Error('expected the submission to be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(SubmissionInvalidError);
      expect((error as SubmissionInvalidError).issues.map((issue) => issue.message)).toEqual(messages);
    }
  });
});

describe('work values', () => {
  const workValues: InstrumentDefinition = {
    ...riasec,
    code: 'work-values',
    kind: 'work_values',
    scoring: 'mean',
    scales: [
      { code: 'autonomy', name: { en: 'Autonomy', fr: 'Autonomie' }, itemIds: ['W1', 'W2'] },
      { code: 'security', name: { en: 'Security', fr: 'Sécurité' }, itemIds: ['W3', 'W4'] },
      { code: 'relationships', name: { en: 'Relationships', fr: 'Relations' }, itemIds: ['W5', 'W6'] },
      { code: 'recognition', name: { en: 'Recognition', fr: 'Reconnaissance' }, itemIds: ['W7', 'W8'] },
    ],
  };
  const ids = ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8'];

  it('ranks values by mean importance, ties in the order the questionnaire lists them', () => {
    const answers = { W1: 4, W2: 5, W3: 5, W4: 4, W5: 2, W6: 3, W7: 5, W8: 5 };
    expect(scoreAssessment(workValues, { answers, itemIds: ids })).toEqual({
      kind: 'work_values',
      workValues: {
        scores: { autonomy: 4.5, security: 4.5, relationships: 2.5, recognition: 5 },
        ranking: ['recognition', 'autonomy', 'security', 'relationships'],
        top: ['recognition', 'autonomy', 'security'],
      },
    });
  });
});

describe('skills inventory', () => {
  const skills: InstrumentDefinition = {
    ...riasec,
    code: 'skills-inventory',
    kind: 'skills_inventory',
    scales: [],
    items: [],
  };

  it('keeps free-text skills beside taxonomy skills and ranks the top ones', () => {
    const result = scoreAssessment(skills, {
      answers: { '100': 3, '200': 5, '300': 4 },
      itemIds: ['100', '200', '300'],
      skillLabels: { '100': 'Tenir un stock', '200': 'Conduire un chariot', '300': 'Former un collègue' },
      freeTextSkills: [{ label: '  Réparer des vélos ', rating: 5 }],
    });
    expect(result).toEqual({
      kind: 'skills_inventory',
      skills: {
        rated: 4,
        top: [
          { skillCode: '200', label: 'Conduire un chariot', rating: 5 },
          { skillCode: null, label: 'Réparer des vélos', rating: 5 },
          { skillCode: '300', label: 'Former un collègue', rating: 4 },
          { skillCode: '100', label: 'Tenir un stock', rating: 3 },
        ],
      },
    });
  });

  it.each<[string, { label: string; rating: number }[], string]>([
    ['an empty label', [{ label: ' ', rating: 3 }], 'free-text skill 1: the label is empty'],
    ['a rating of 7', [{ label: 'Souder', rating: 7 }], 'free-text skill 1: rating 7 is outside 1-5'],
    [
      'a duplicate',
      [
        { label: 'Souder', rating: 3 },
        { label: 'souder', rating: 4 },
      ],
      'free-text skill 2: "souder" is listed twice',
    ],
  ])('refuses %s', (_case, freeTextSkills, message) => {
    expect(() => scoreAssessment(skills, { answers: {}, itemIds: [], freeTextSkills })).toThrow(message);
  });

  it('refuses an inventory with nothing rated', () => {
    expect(() => scoreAssessment(skills, { answers: {}, itemIds: [] })).toThrow('rate at least one skill');
  });
});
