import { OccupationCatalogue, type Occupation } from './catalogue';
import { neighbourMobility } from './neighbour-mobility';
import { SkillSpace, SkillVectorSpace } from './skill-space';

const job = (code: string, skillCodes: string[]): Occupation => ({
  code,
  label: code,
  domainCode: code.slice(0, 3),
  riasecMajor: null,
  riasecMinor: null,
  skillCodes,
  regulated: false,
  executive: false,
});

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
    const one = neighbourMobility(catalogue, space, vectors, 'S', 1);
    expect([...one.keys()]).toEqual(['T1']);
  });

  it('knows nothing of an occupation without skills', () => {
    expect(neighbourMobility(catalogue, space, vectors, 'UNKNOWN').size).toBe(0);
  });
});
