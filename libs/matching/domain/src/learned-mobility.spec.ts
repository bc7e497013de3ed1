import { OccupationCatalogue, type Occupation } from './catalogue';
import { OccupationSimilarity } from './evaluation';
import {
  LINEAR_MOBILITY_RANKING,
  learnedMobility,
  modelFits,
  PAIR_FEATURES,
  pairFeatures,
  type MobilityModel,
} from './learned-mobility';
import { pairFeatureInputs } from './occupation-ranking';
import { occupationWithSkills } from './fixtures';
import { SkillSpace } from './skill-space';

const job = (code: string, skillCodes: string[], parentCode?: string): Occupation => ({
  ...occupationWithSkills(code, skillCodes),
  riasecMajor: 'R',
  entryLevel: 3,
  parentCode,
});

// A101 is the source; A102 is close by skills and leads to C101 and back to the source; the
// source's own link goes to B101.
const occupations = [
  job('A101', ['a', 'b', 'c'], 'P1'),
  job('A102', ['a', 'b', 'd'], 'P1'),
  job('B101', ['e', 'a']),
  job('C101', ['f']),
];
const links = [
  { fromCode: 'A101', toCode: 'B101', order: 1 },
  { fromCode: 'A102', toCode: 'C101', order: 1 },
  { fromCode: 'A102', toCode: 'A101', order: 2 },
  { fromCode: 'C101', toCode: 'A102', order: 1 },
];
const skills = new SkillSpace(occupations.map((o) => o.skillCodes));
const demand = new Map([['C101', { projects: 100, hardToFill: 10 }]]);
const features = (catalogue: OccupationCatalogue) =>
  pairFeatures(pairFeatureInputs(catalogue, skills, demand), 'A101');
const catalogue = new OccupationCatalogue(occupations, links);
const rows = features(catalogue);
const value = (target: string, name: (typeof PAIR_FEATURES)[number]) =>
  rows.values[rows.codes.indexOf(target) * PAIR_FEATURES.length + PAIR_FEATURES.indexOf(name)];

/** A model of one tree: `score` where the feature is at most `threshold`, `-score` above. */
const stump = (name: (typeof PAIR_FEATURES)[number], threshold: number, score: number): MobilityModel => ({
  format: 'passerelle-mobility-model',
  version: 1,
  romeRelease: 'test',
  trainedOn: { sources: 0, pairs: 0, linked: 0 },
  features: [...PAIR_FEATURES],
  candidates: 300,
  options: {},
  base: 0,
  trees: [
    {
      feature: [PAIR_FEATURES.indexOf(name), -1, -1],
      threshold: [threshold, 0, 0],
      value: [0, score, -score],
    },
  ],
});

describe('pairFeatures', () => {
  it('takes the candidates in the order of the linear ranking the evaluation measures', () => {
    const similarity = new OccupationSimilarity(catalogue, skills, {
      demandFor: (code) => demand.get(code) ?? null,
      scale: 100,
    });
    expect(rows.codes).toEqual(similarity.rank('A101', LINEAR_MOBILITY_RANKING));
    expect(rows.values).toHaveLength(3 * PAIR_FEATURES.length);
  });

  it('reads no link from or to the source: without them every feature is the same', () => {
    const without = features(
      new OccupationCatalogue(
        occupations,
        links.filter((link) => link.fromCode !== 'A101' && link.toCode !== 'A101'),
      ),
    );
    expect(without.codes).toEqual(rows.codes);
    expect([...without.values]).toEqual([...rows.values]);
  });

  it.each([
    ['A102', 'same ROME 3 parent', 1],
    ['B101', 'same ROME 3 parent', 0],
    ['C101', 'links into the target (not from the source)', 1],
    ['B101', 'links into the target (not from the source)', 0],
    ['A102', 'links out of the target (not to the source)', 1],
    ['C101', "neighbours' links (neighbourMobility)", 1],
    ['C101', 'national demand (-1 unknown)', 1],
    ['B101', 'national demand (-1 unknown)', -1],
    ['C101', 'level step (-10 unknown)', 0],
  ] as const)('%s: %s = %s', (target, name, expected) => expect(value(target, name)).toBe(expected));
});

describe('learnedMobility', () => {
  it("scales the model's probability so the best candidate is 1", () => {
    // Targets nothing but the source leads to are preferred: B101 (the source's own link) first.
    const scores = learnedMobility(
      stump('links into the target (not from the source)', 0, 3),
      pairFeatureInputs(catalogue, skills, demand),
      'A101',
    );
    const low = 1 / (1 + Math.exp(3));
    const high = 1 / (1 + Math.exp(-3));
    expect(scores.get('B101')).toBe(1);
    expect(scores.get('C101')).toBeCloseTo(low / high, 12);
    expect(scores.get('A101')).toBeUndefined();
  });

  it.each([
    ['the features of this code', stump('specific skills shared', 0, 1), true],
    [
      'one feature fewer',
      { ...stump('specific skills shared', 0, 1), features: PAIR_FEATURES.slice(1) },
      false,
    ],
    [
      'the same number, another order',
      { ...stump('specific skills shared', 0, 1), features: [...PAIR_FEATURES].reverse() },
      false,
    ],
  ] as const)('a model trained on %s fits: %s', (_why, model, fits) => expect(modelFits(model)).toBe(fits));
});
