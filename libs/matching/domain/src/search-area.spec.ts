import { normaliseDepartmentCode, searchAreaOf, searchAreaOnEnrolment } from './search-area';

describe('a search area', () => {
  it.each([
    [' 75 ', '75'],
    ['2a', '2A'],
    ['971', '971'],
  ])('department %p reads %p', (typed, code) => {
    expect(normaliseDepartmentCode(typed)).toBe(code);
  });

  it.each<[string[], string[]]>([
    [[], []],
    [
      ['75', '92'],
      ['75', '92'],
    ],
    [
      ['2a', ' 2A', '75'],
      ['2A', '75'],
    ],
  ])('%p -> %p', (typed, area) => {
    expect(searchAreaOf(typed)).toEqual(area);
  });

  it.each<[string[], string | null, string[]]>([
    [[], '69', ['69']],
    [['75'], '69', ['75']],
    [[], null, []],
    [['75', '92'], null, ['75', '92']],
  ])('on enrolment, area %p and home %p: %p', (current, home, area) => {
    expect(searchAreaOnEnrolment(current, home)).toEqual(area);
  });
});
