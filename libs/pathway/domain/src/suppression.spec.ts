import { suppressSmallGroups } from './suppression';

const groups = (...counts: number[]) => counts.map((count, i) => ({ group: `g${i}`, count }));
const view = (result: ReturnType<typeof suppressSmallGroups>) => [
  result.total,
  result.groups.map((g) => g.count),
];

describe('small-group suppression for sponsors', () => {
  it.each<[string, number[], [number | null, (number | null)[]]]>([
    ['nothing small: everything shown', [10, 5, 0], [15, [10, 5, 0]]],
    ['zero identifies no one and is shown', [0, 0, 7], [7, [0, 0, 7]]],
    ['a total under the threshold hides everything small', [1, 2, 0], [null, [null, null, 0]]],
    [
      'one small group next to a shown total: the next smallest is hidden too',
      [7, 3, 9],
      [19, [null, null, 9]],
    ],
    ['two small groups that together reach the threshold are enough', [2, 3, 10], [15, [null, null, 10]]],
    [
      'two small groups under the threshold together: one more is hidden',
      [1, 2, 6, 10],
      [19, [null, null, null, 10]],
    ],
    ['hidden together behind a shown total', [1, 5], [6, [null, null]]],
  ])('%s', (_case, counts, expected) => {
    expect(view(suppressSmallGroups(groups(...counts), 5))).toEqual(expected);
  });
});
