import { accuracyAtK, OccupationSimilarity, rankingMetrics } from './evaluation';
import { sampleCatalogue } from './fixtures/sample-catalogue';

describe('rankingMetrics', () => {
  it.each([
    [[{ ranked: ['a', 'b'], relevant: new Set(['a']) }], 1, 1],
    [[{ ranked: ['x', 'a'], relevant: new Set(['a', 'b']) }], 0.5, 0.5],
    [[{ ranked: ['x', 'y'], relevant: new Set(['a']) }], 0, 0],
    [
      [
        { ranked: ['a'], relevant: new Set(['a']) },
        { ranked: ['x', 'y', 'a'], relevant: new Set(['a']) },
      ],
      1,
      (1 + 1 / 3) / 2,
    ],
  ])('case %#', (queries, recall, mrr) => {
    const metrics = rankingMetrics(queries, 10);
    expect(metrics.recallAtK).toBeCloseTo(recall, 6);
    expect(metrics.mrr).toBeCloseTo(mrr, 6);
  });

  it('counts only what is in the top k', () => {
    expect(rankingMetrics([{ ranked: ['x', 'a'], relevant: new Set(['a']) }], 1).recallAtK).toBe(0);
  });

  it('skips queries with nothing relevant', () => {
    expect(rankingMetrics([{ ranked: ['a'], relevant: new Set() }]).queries).toBe(0);
  });
});

describe('accuracyAtK', () => {
  it('checks the expected code among the first k predictions', () => {
    const predictions = [
      { expected: 'a', predicted: ['a', 'b'] },
      { expected: 'b', predicted: ['a', 'b'] },
      { expected: 'c', predicted: [] },
    ];
    expect(accuracyAtK(predictions, 1)).toBeCloseTo(1 / 3, 6);
    expect(accuracyAtK(predictions, 2)).toBeCloseTo(2 / 3, 6);
  });
});

describe('OccupationSimilarity', () => {
  const { catalogue, skills } = sampleCatalogue();
  const similarity = new OccupationSimilarity(catalogue, skills);

  it('ranks by shared skills and never returns the source itself', () => {
    const ranked = similarity.rank('N1103');
    expect(ranked).not.toContain('N1103');
    expect(ranked[0]).toBe('N1301');
    expect(ranked).toHaveLength(6);
  });

  it('lets RIASEC reorder occupations with equal skill overlap', () => {
    // Both share only "team" with K2111 (SA): the developer (IC) is further on the hexagon than the seller (SE).
    const skillsOnly = similarity.rank('K2111');
    const withInterests = similarity.rank('K2111', { interests: 0.5 });
    expect(withInterests.indexOf('D1106')).toBeLessThanOrEqual(skillsOnly.indexOf('D1106'));
    expect(withInterests.indexOf('D1106')).toBeLessThan(withInterests.indexOf('M1805'));
  });

  it.each([
    ['skills alone', {}],
    ['with interests', { interests: 0.5 }],
    ['with the neighbours', { neighbours: 0.3 }],
  ])('scores what rank orders, best first (%s)', (_why, features) => {
    const scores = similarity.scores('N1103', features);
    expect(scores.map((item) => item.code)).toEqual(similarity.rank('N1103', features));
    scores.slice(1).forEach((item, i) => expect(item.score).toBeLessThanOrEqual(scores[i]!.score));
  });

  it('scores nothing for an unknown source', () => expect(similarity.scores('NONE')).toEqual([]));
});
