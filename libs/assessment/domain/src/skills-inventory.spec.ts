import type { InstrumentKind } from './instrument';
import { acceptsFreeTextSkills, occupationsToRate } from './skills-inventory';

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
