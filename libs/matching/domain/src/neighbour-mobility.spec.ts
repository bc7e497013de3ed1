import { OccupationCatalogue } from './catalogue';
import { linkOrderWeight, neighbourMobility, type NeighbourMobilityOptions } from './neighbour-mobility';
import { SkillSpace, SkillVectorSpace } from './skill-space';
import { occupationWithSkills as job } from './fixtures/occupation-with-skills';

describe('neighbourMobility', () => {
  // S is the source; N1 is its closest neighbour (3 skills of 4 shared), N2 a farther one (1 of
  // 4), FAR shares nothing with it.
  const occupations = [
    job('S', ['a', 'b', 'c', 'd']),
    job('N1', ['a', 'b', 'c', 'e']),
    job('N2', ['a', 'f', 'g', 'h']),
    job('FAR', ['x', 'y']),
    job('T1', ['t1']),
    job('T2', ['t2']),
    job('T3', ['t3']),
    job('OWN', ['own']),
  ];
  const links = [
    { fromCode: 'N1', toCode: 'T1', order: 1 },
    { fromCode: 'N2', toCode: 'T1', order: 1 },
    { fromCode: 'N2', toCode: 'T2', order: 2 },
    { fromCode: 'N1', toCode: 'S', order: 2 },
    { fromCode: 'FAR', toCode: 'T3', order: 1 },
    { fromCode: 'S', toCode: 'OWN', order: 1 },
  ];
  const catalogue = new OccupationCatalogue(occupations, links);
  const space = new SkillVectorSpace(new SkillSpace(occupations.map((o) => o.skillCodes)));
  const vectors = new Map(occupations.map((o) => [o.code, space.encode(o.skillCodes)]));
  const scores = neighbourMobility(catalogue, space, vectors, 'S');

  it.each([
    ['T1', 'both neighbours lead there: the best, scaled to 1', 1],
    ['S', 'a link back to the source is not a suggestion for it', undefined],
    ['T3', 'an occupation sharing no skill lends no link', undefined],
    ['OWN', "the source's own links are the truth it is measured on: never used", undefined],
  ])('%s: %s', (code, _why, expected) => expect(scores.get(code)).toBe(expected));

  it("counts each neighbour's links by its similarity: the far neighbour's own target scores less", () => {
    const t2 = scores.get('T2')!;
    expect(t2).toBeGreaterThan(0);
    expect(t2).toBeLessThan(0.5);
  });

  it('takes only the closest neighbours', () => {
    const one = neighbourMobility(catalogue, space, vectors, 'S', { neighbours: 1 });
    expect([...one.keys()]).toEqual(['T1']);
  });

  it('knows nothing of an occupation without skills', () => {
    expect(neighbourMobility(catalogue, space, vectors, 'UNKNOWN').size).toBe(0);
  });
});

describe('linkOrderWeight', () => {
  it.each([
    [1, 1, 1],
    [2, 1, 0.95],
    [11, 1, 0.5],
    [15, 1, 0.5],
    [2, 0.5, Math.sqrt(0.95)],
    [11, 0.5, Math.sqrt(0.5)],
    [11, 0, 1],
  ])("ROME's rank %s to the power %s weighs %s", (order, exponent, expected) =>
    expect(linkOrderWeight(order, exponent)).toBeCloseTo(expected, 10),
  );
});

describe('neighbourMobility: rank of a link, second step, links into neighbours', () => {
  // S is the source; N1 its close neighbour, N2 a farther one. N1 leads to T1 (1st), M (2nd) and
  // T2 (11th); M leads on to T1, to U (reached by no neighbour) and back to S; N2 leads to X,
  // which itself leads to N1; Y leads to N1 too but no neighbour leads to Y; S's own link to N1
  // is the truth.
  const occupations = [
    job('S', ['a', 'b', 'c', 'd']),
    job('N1', ['a', 'b', 'c', 'e']),
    job('N2', ['a', 'f', 'g', 'h']),
    ...['T1', 'T2', 'M', 'U', 'X', 'Y'].map((code) => job(code, [code.toLowerCase()])),
  ];
  const links = [
    { fromCode: 'N1', toCode: 'T1', order: 1 },
    { fromCode: 'N1', toCode: 'M', order: 2 },
    { fromCode: 'N1', toCode: 'T2', order: 11 },
    { fromCode: 'M', toCode: 'T1', order: 1 },
    { fromCode: 'M', toCode: 'S', order: 1 },
    { fromCode: 'M', toCode: 'U', order: 2 },
    { fromCode: 'N2', toCode: 'X', order: 1 },
    { fromCode: 'X', toCode: 'N1', order: 1 },
    { fromCode: 'Y', toCode: 'N1', order: 1 },
    { fromCode: 'S', toCode: 'N1', order: 1 },
  ];
  const catalogue = new OccupationCatalogue(occupations, links);
  const skills = new SkillSpace(occupations.map((o) => o.skillCodes));
  const space = new SkillVectorSpace(skills);
  const vectors = new Map(occupations.map((o) => [o.code, space.encode(o.skillCodes)]));
  const s1 = skills.jaccard(new Set(['a', 'b', 'c', 'd']), new Set(['a', 'b', 'c', 'e']));
  const s2 = skills.jaccard(new Set(['a', 'b', 'c', 'd']), new Set(['a', 'f', 'g', 'h']));
  const plain = { orderExponent: 0 };
  const scores = (options: NeighbourMobilityOptions) =>
    neighbourMobility(catalogue, space, vectors, 'S', options);

  it("counts ROME's rank of a neighbour's link: its 11th counts sqrt(0.5), its 2nd sqrt(0.95)", () => {
    const ranked = scores({ secondStep: 0, intoNeighbours: 0 });
    expect(ranked.get('T2')! / ranked.get('M')!).toBeCloseTo(Math.sqrt(0.5) / Math.sqrt(0.95), 10);
    const alike = scores({ ...plain, secondStep: 0, intoNeighbours: 0 });
    expect(alike.get('T2')).toBe(alike.get('M'));
  });

  it('adds where the targets lead in turn, shared among their links other than those to the source', () => {
    // Through M: 0.3 x s1 / 2 (T1 and U; the link back to S is not counted).
    const withSecond = scores({ ...plain, intoNeighbours: 0 });
    expect(withSecond.get('T1')! / withSecond.get('M')!).toBeCloseTo(1.15, 10);
    const without = scores({ ...plain, secondStep: 0, intoNeighbours: 0 });
    expect(without.get('T1')! / without.get('M')!).toBeCloseTo(1, 10);
  });

  it('adds the occupations leading to a neighbour, never the source by its own link', () => {
    const withInto = scores(plain);
    expect(withInto.get('X')! / withInto.get('T2')!).toBeCloseTo((s2 + 0.1 * s1) / s1, 10);
    const without = scores({ ...plain, intoNeighbours: 0 });
    expect(without.get('X')! / without.get('T2')!).toBeCloseTo(s2 / s1, 10);
  });

  it.each([
    ['U', 'reached only by a second step'],
    ['Y', 'leading to a neighbour, but no neighbour leads to it'],
    ['S', 'the source itself'],
  ])('scores nothing for %s (%s): only what a neighbour leads to is reinforced', (code) =>
    expect(scores({}).has(code)).toBe(false),
  );

  it('scales the best to 1', () => expect(Math.max(...scores({}).values())).toBe(1));
});
