import type { InstrumentKind } from './instrument';
import { skillItemsToRechoose, acceptsFreeTextSkills, occupationsToRate } from './skills-inventory';

describe('occupations a skills inventory asks about', () => {
  it.each<[string | null, string[], string[]]>([
    ['M1805', [], ['M1805']],
    ['M1805', ['M1806', 'K2111'], ['M1805', 'M1806', 'K2111']],
    ['M1805', ['M1805', 'M1806', 'M1806'], ['M1805', 'M1806']],
    [null, ['M1806'], ['M1806']],
    [null, [], []],
  ])('former %p, targets %p: %p', (former, targets, expected) => {
    expect(occupationsToRate(former, targets)).toEqual(expected);
  });
});

describe("skills in the person's own words", () => {
  it.each<[InstrumentKind, boolean]>([
    ['skills_inventory', true],
    ['riasec', false],
    ['work_values', false],
  ])('%s takes them: %p', (kind, accepted) => {
    expect(acceptsFreeTextSkills(kind)).toBe(accepted);
  });
});

describe('a skills inventory chosen before the person was known', () => {
  it.each<[string[], string[], boolean]>([
    [['I1304', 'I1304'], ['N1103', 'I1304'], true], // the former occupation arrived late
    [['N1103', 'I1304'], ['N1103', 'I1304'], false],
    [['N1103', 'N1103', 'I1304'], ['I1304'], false], // nothing is missing: keep what was asked
    [[], ['N1103'], true],
    [[], [], false],
  ])('items of %j, to rate %j: choose again = %s', (rated, toRate, expected) => {
    expect(skillItemsToRechoose(rated, toRate)).toBe(expected);
  });
});
