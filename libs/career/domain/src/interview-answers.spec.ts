import {
  checkStarAnswer,
  countWords,
  invalidReviewScores,
  reviewRefusal,
  reviewTotal,
  saveDraftRefusal,
  STAR_PART_MAX,
  STAR_PARTS,
  submitRefusal,
  type PracticeAnswerStatus,
  type StarAnswer,
} from './interview-answers';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
const full: StarAnswer = {
  situation: 'En 2023, dans un entrepôt de 40 personnes, la saison de fin d’année commençait.',
  task: 'Je devais réorganiser la préparation des commandes urgentes.',
  action:
    'J’ai regroupé les commandes par zone, formé deux collègues au nouveau circuit et affiché le planning chaque matin pour toute l’équipe.',
  result: 'Les retards ont baissé de 30 % en trois semaines, et la méthode a été gardée.',
};

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['un deux  trois', 3],
    ['J’ai fini — enfin !', 3],
    ['30 %', 1],
  ])('%j has %i words', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});

describe('checkStarAnswer', () => {
  it.each<
    [
      string,
      Partial<StarAnswer>,
      { missing: string[]; short: string[]; tooLong: string[]; noFigure: boolean },
    ]
  >([
    ['a full answer', {}, { missing: [], short: [], tooLong: [], noFigure: false }],
    [
      'a missing task is named',
      { task: '  ' },
      { missing: ['task'], short: [], tooLong: [], noFigure: false },
    ],
    [
      'missing parts in STAR order',
      { result: '', situation: '' },
      { missing: ['situation', 'result'], short: [], tooLong: [], noFigure: false },
    ],
    [
      'a short action',
      { action: words(14) },
      { missing: [], short: ['action'], tooLong: [], noFigure: false },
    ],
    [
      'an action of 15 words is long enough',
      { action: words(15) },
      { missing: [], short: [], tooLong: [], noFigure: false },
    ],
    [
      'a result without a figure',
      { result: 'Le client est reparti content et il est revenu le mois suivant.' },
      { missing: [], short: [], tooLong: [], noFigure: true },
    ],
    [
      'a part over the limit',
      { situation: 'a '.repeat(STAR_PART_MAX / 2 + 1) },
      { missing: [], short: [], tooLong: ['situation'], noFigure: false },
    ],
  ])('%s', (_case, change, expected) => {
    const check = checkStarAnswer({ ...full, ...change });
    expect(check.missingParts).toEqual(expected.missing);
    expect(check.shortParts).toEqual(expected.short);
    expect(check.tooLongParts).toEqual(expected.tooLong);
    expect(check.resultWithoutFigure).toBe(expected.noFigure);
  });

  it('counts the words of every part', () => {
    expect(Object.keys(checkStarAnswer(full).wordCounts)).toEqual([...STAR_PARTS]);
    expect(checkStarAnswer(full).wordCounts.task).toBe(8);
  });
});

describe('saving, submitting and reviewing', () => {
  const complete = checkStarAnswer(full);
  const incomplete = checkStarAnswer({ ...full, result: '' });
  const tooLong = checkStarAnswer({ ...full, action: 'x'.repeat(STAR_PART_MAX + 1) });

  it.each<
    [
      PracticeAnswerStatus | undefined,
      ReturnType<typeof checkStarAnswer>,
      string | undefined,
      string | undefined,
    ]
  >([
    // status, check, save draft, submit
    [undefined, complete, undefined, undefined],
    [undefined, incomplete, undefined, 'ANSWER_INCOMPLETE'],
    ['draft', incomplete, undefined, 'ANSWER_INCOMPLETE'],
    ['draft', tooLong, 'ANSWER_TOO_LONG', 'ANSWER_TOO_LONG'],
    ['draft', complete, undefined, undefined],
    ['submitted', complete, 'ANSWER_ALREADY_SUBMITTED', 'ANSWER_ALREADY_SUBMITTED'],
    ['reviewed', complete, 'ANSWER_ALREADY_SUBMITTED', 'ANSWER_ALREADY_SUBMITTED'],
  ])('%s: save %#', (status, check, save, submit) => {
    expect(saveDraftRefusal(status, check)).toBe(save);
    expect(submitRefusal(status, check)).toBe(submit);
  });

  it.each<[PracticeAnswerStatus | undefined, string | undefined]>([
    [undefined, 'ANSWER_NOT_SUBMITTED'],
    ['draft', 'ANSWER_NOT_SUBMITTED'],
    ['submitted', undefined],
    ['reviewed', 'ANSWER_ALREADY_REVIEWED'],
  ])('review of a %s answer: %s', (status, refusal) => {
    expect(reviewRefusal(status)).toBe(refusal);
  });

  it.each<[Record<string, number>, string[]]>([
    [{ structure: 1, concreteness: 2, result: 3, clarity: 4 }, []],
    [{ structure: 0, concreteness: 2, result: 5, clarity: 4 }, ['structure', 'result']],
    [{ structure: 2.5, concreteness: 2, result: 3, clarity: Number.NaN }, ['structure', 'clarity']],
  ])('scores %j: invalid %j', (scores, invalid) => {
    expect(invalidReviewScores(scores as never)).toEqual(invalid);
  });

  it('totals the four scores', () => {
    expect(reviewTotal({ structure: 1, concreteness: 2, result: 3, clarity: 4 })).toBe(10);
  });
});
