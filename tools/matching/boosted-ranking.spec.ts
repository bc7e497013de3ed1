import {
  LINEAR_MOBILITY_RANKING,
  OccupationCatalogue,
  OccupationSimilarity,
  rankingMetrics,
  SkillSpace,
} from '@passerelle/matching/domain';
import { occupationWithSkills as job } from '@passerelle/matching/domain/testing';
import { boostedMetrics, pairRows, PAIR_FEATURES, type BoostedInputs } from './boosted-ranking';

// A101 is the source; A102 is close by skills and leads to C101 and back to the source; the
// source's own link goes to B101; C101 leads to A102.
const occupations = [
  job('A101', ['a', 'b', 'c']),
  job('A102', ['a', 'b', 'd']),
  job('B101', ['e']),
  job('C101', ['f']),
];
const catalogue = new OccupationCatalogue(occupations, [
  { fromCode: 'A101', toCode: 'B101', order: 1 },
  { fromCode: 'A102', toCode: 'C101', order: 1 },
  { fromCode: 'A102', toCode: 'A101', order: 2 },
  { fromCode: 'C101', toCode: 'A102', order: 1 },
]);
const skills = new SkillSpace(occupations.map((o) => o.skillCodes));
const similarity = new OccupationSimilarity(catalogue, skills);
const inputs: BoostedInputs = { catalogue, skills, nationalDemand: new Map() };
const now = LINEAR_MOBILITY_RANKING;
const rows = pairRows(inputs, [occupations[0]!]);
const feature = (target: string, name: (typeof PAIR_FEATURES)[number]) =>
  rows.values[
    rows.sources[0]!.candidates.indexOf(target) * PAIR_FEATURES.length + PAIR_FEATURES.indexOf(name)
  ];

describe('pairRows', () => {
  it('has one row of every feature per candidate, labelled by the source’s own links', () => {
    expect(rows.sources[0]!.candidates).toEqual(similarity.rank('A101', now));
    expect(rows.values).toHaveLength(3 * PAIR_FEATURES.length);
    expect([...rows.labels]).toEqual(rows.sources[0]!.candidates.map((code) => (code === 'B101' ? 1 : 0)));
  });

  it.each([
    [
      'B101',
      "the source's own link is the truth: not counted",
      'links into the target (not from the source)',
      0,
    ],
    ['C101', 'a link from another occupation counts', 'links into the target (not from the source)', 1],
    ['A102', 'its link back to the source is not counted', 'links out of the target (not to the source)', 1],
    ['C101', "the closest occupation's link", "neighbours' links (neighbourMobility)", 1],
    ['B101', "the source's own link lends nothing", "neighbours' links (neighbourMobility)", 0],
    ['A102', 'A10 and A10', 'same professional domain', 1],
    ['C101', 'no level known', 'level step (-10 unknown)', -10],
    ['C101', 'no demand known', 'national demand (-1 unknown)', -1],
  ] as const)('%s: %s (%s = %s)', (target, _why, name, expected) =>
    expect(feature(target, name)).toBe(expected),
  );
});

describe('boostedMetrics', () => {
  it('without a model, is the ranking now', () =>
    expect(boostedMetrics(rows, null)).toEqual(
      rankingMetrics([{ ranked: similarity.rank('A101', now), relevant: new Set(['B101']) }], 10),
    ));

  it('re-ranks the candidates by the model: one tree preferring what no occupation leads to', () => {
    const into = PAIR_FEATURES.indexOf('links into the target (not from the source)');
    const model = {
      base: 0,
      trees: [{ feature: [into, -1, -1], threshold: [0, 0, 0], value: [0, 5, -5] }],
    };
    // B101 (nothing leads there but the source) comes first: the reciprocal rank is 1.
    expect(boostedMetrics(rows, model).mrr).toBe(1);
  });
});
