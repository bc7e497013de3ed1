import { OccupationCatalogue } from './catalogue';
import { domainMobility, linksInto, linksOutOf, skillMobility } from './mobility-features';
import { SkillSpace } from './skill-space';
import { occupationWithSkills as job } from './fixtures/occupation-with-skills';

// S (domain A10) is the source. A1 and A2 share its domain; B1 shares its skill "k" only.
const occupations = [
  job('A10S', ['k', 'x']),
  job('A101', ['x']),
  job('A102', ['y']),
  job('B101', ['k']),
  job('T1', ['t']),
  job('T2', ['t']),
  job('T3', ['t']),
  job('OWN', ['o']),
];
const links = [
  { fromCode: 'A101', toCode: 'T1', order: 1 },
  { fromCode: 'A102', toCode: 'T1', order: 1 },
  { fromCode: 'A102', toCode: 'T2', order: 2 },
  { fromCode: 'A101', toCode: 'A10S', order: 2 },
  { fromCode: 'B101', toCode: 'T3', order: 1 },
  { fromCode: 'A10S', toCode: 'OWN', order: 1 },
];
const catalogue = new OccupationCatalogue(occupations, links);

describe('domainMobility', () => {
  const scores = domainMobility(catalogue, 'A10S');
  it.each([
    ['T1', 'both others of the domain lead there: the best', 1],
    ['T2', 'one of them', 0.5],
    ['T3', 'an occupation of another domain lends nothing', undefined],
    ['A10S', 'a link back to the source is never counted', undefined],
    ['OWN', "the source's own links are the truth: never used", undefined],
  ])('%s: %s', (code, _why, expected) => expect(scores.get(code)).toBe(expected));

  it('knows nothing of an unknown occupation', () => expect(domainMobility(catalogue, 'NONE').size).toBe(0));
});

describe('skillMobility', () => {
  const skills = new SkillSpace(occupations.map((o) => o.skillCodes));
  const scores = skillMobility(catalogue, skills, 'A10S');
  it.each([
    ['T3', 'B1 lists "k" and leads there', (w: number) => w],
    ['T1', 'A1 lists "x" and leads there (its link back to the source does not count)', (w: number) => w],
    ['T2', 'no occupation listing the source skills leads there', () => undefined],
    ['OWN', "the source's own links: never used", () => undefined],
    ['A10S', 'a link to the source: never used', () => undefined],
  ])('%s: %s', (code, _why, expected) => {
    // "k" and "x" are each listed by two occupations of eight: the same weight, so T1 and T3 tie at 1.
    expect(scores.get(code)).toBe(expected(1));
  });
});

describe('links into and out of an occupation, without the source', () => {
  it.each([
    ['into T1', linksInto(catalogue, 'T1', 'A10S'), 2],
    [
      'into A10S from others than the source, asked for another source',
      linksInto(catalogue, 'A10S', 'B101'),
      1,
    ],
    ['out of A101 without its link to the source', linksOutOf(catalogue, 'A101', 'A10S'), 1],
    ['out of A101, another source', linksOutOf(catalogue, 'A101', 'B101'), 2],
  ])('%s', (_why, value, expected) => expect(value).toBe(expected));
});
