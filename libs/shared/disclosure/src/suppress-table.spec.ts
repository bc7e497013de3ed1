import { suppressTable, type SuppressedTable } from './suppress-table';
import type { ShownCount } from './suppression';

/** A published table at a glance: a number when shown, S / P / C when hidden (small population, primary, complementary). */
const mark = (cell: ShownCount) =>
  cell.count ?? { small_population: 'S', primary: 'P', complementary: 'C' }[cell.suppressed!];
const view = (table: SuppressedTable) => ({
  cells: table.cells.map((row) => row.map(mark)),
  rows: table.rowTotals.map(mark),
  columns: table.columnTotals.map(mark),
  total: mark(table.total),
});
const list = (table: SuppressedTable) => [table.cells[0]!.map(mark), mark(table.total)];

describe('one suppression rule for every count a sponsor reads', () => {
  it.each<[string, number[], [(number | string)[], number | string]]>([
    ['nothing small: everything shown', [10, 5, 0], [[10, 5, 0], 15]],
    ['nobody yet: zeros are shown', [0, 0], [[0, 0], 0]],
    ['one booked session (the probe): nothing shown', [1, 0, 0, 0], [['S', 'S', 'S', 'S'], 'S']],
    [
      'zeros beside one hidden cell ("everyone is still searching"): nothing shown',
      [0, 0, 3, 0],
      [['S', 'S', 'S', 'S'], 'S'],
    ],
    [
      'difference with the total: a lone hidden 4 takes the next smallest (9) with it, and the zero',
      [20, 4, 9, 0],
      [[20, 'P', 'C', 'C'], 33],
    ],
    ['hidden cells adding up to under k (2 + 1) take more with them', [2, 1, 20], [['P', 'P', 'C'], 23]],
    [
      'a hidden 1 beside zeros and a 5: the zeros are hidden, so 6 people may sit anywhere',
      [0, 0, 1, 5],
      [['C', 'C', 'P', 'C'], 6],
    ],
    ['two hidden 4s: zeros hidden too, so neither is pinned at 4', [4, 4, 0, 0], [['P', 'P', 'C', 'C'], 8]],
    ['exactly k is shown', [5, 5], [[5, 5], 10]],
  ])('%s', (_case, counts, expected) => {
    expect(list(suppressTable([counts]))).toEqual(expected);
  });

  it('hides a count of sessions made by fewer than k people, and a table of fewer than k people', () => {
    expect(list(suppressTable([[7, 30]], { people: { cells: [[1, 10]], total: 10 } }))).toEqual([
      ['P', 'C'],
      37,
    ]);
    expect(list(suppressTable([[20, 10]], { people: { cells: [[3, 2]], total: 4 } }))).toEqual([
      ['S', 'S'],
      'S',
    ]);
  });

  it.each([
    ['a programme asking for 8 hides a 6', 8, [['P', 'C'], 15], 8],
    ['a programme asking for 3 still gets 5', 3, [[6, 9], 15], 5],
    ['no setting: 5', undefined, [[6, 9], 15], 5],
  ])('%s', (_case, k, expected, applied) => {
    const table = suppressTable([[6, 9]], { k });
    expect(list(table)).toEqual(expected);
    expect(table.k).toBe(applied);
  });

  it.each<[string, number[][], ReturnType<typeof view>]>([
    [
      'row and column recomputation: two small cells are closed into a rectangle, not a whole row',
      [
        [10, 2, 8],
        [7, 9, 6],
        [5, 12, 3],
      ],
      {
        cells: [
          [10, 'P', 'C'],
          [7, 9, 6],
          [5, 'C', 'P'],
        ],
        rows: [20, 22, 20],
        columns: [22, 23, 17],
        total: 62,
      },
    ],
    [
      'a small row and a small column hide all their cells and their totals',
      [
        [0, 1, 3],
        [2, 0, 1],
      ],
      {
        cells: [
          ['S', 'S', 'S'],
          ['S', 'S', 'S'],
        ],
        rows: ['S', 'S'],
        columns: ['S', 'S', 'S'],
        total: 7,
      },
    ],
    [
      'a small column total, recomputable from the grand total and the others, hides another column total; empty columns keep their zeros',
      [
        [0, 12, 2, 0],
        [0, 4, 1, 0],
      ],
      {
        cells: [
          [0, 'C', 'S', 0],
          [0, 'P', 'S', 0],
        ],
        rows: [14, 5],
        columns: [0, 'C', 'S', 0],
        total: 19,
      },
    ],
    [
      'zeros of an empty row stay shown; zeros beside hidden people do not',
      [
        [12, 3, 0],
        [9, 10, 6],
        [0, 0, 0],
      ],
      {
        cells: [
          ['C', 'P', 'C'],
          ['C', 'C', 'C'],
          [0, 0, 0],
        ],
        rows: [15, 25, 0],
        columns: [21, 13, 6],
        total: 40,
      },
    ],
    [
      'a table of fewer than k people shows nothing at all',
      [
        [0, 0, 1, 0],
        [1, 0, 0, 0],
      ],
      {
        cells: [
          ['S', 'S', 'S', 'S'],
          ['S', 'S', 'S', 'S'],
        ],
        rows: ['S', 'S'],
        columns: ['S', 'S', 'S', 'S'],
        total: 'S',
      },
    ],
  ])('%s', (_case, counts, expected) => {
    expect(view(suppressTable(counts))).toEqual(expected);
  });

  it.each<[string, number[][], Parameters<typeof suppressTable>[1], string]>([
    ['no cells', [[]], {}, 'disclosure control: a table needs rows of one same, non-zero length'],
    ['ragged rows', [[1, 2], [3]], {}, 'disclosure control: a table needs rows of one same, non-zero length'],
    ['a negative count', [[1, -2]], {}, 'disclosure control: counts are whole numbers, 0 or more'],
    ['a fraction', [[1.5, 2]], {}, 'disclosure control: counts are whole numbers, 0 or more'],
    [
      'sessions by nobody',
      [[1, 2]],
      { people: { cells: [[0, 2]], total: 2 } },
      'disclosure control: people per cell are whole numbers, at least 1 for a count, at most the count and the total',
    ],
    [
      'more people than sessions',
      [[1, 2]],
      { people: { cells: [[2, 2]], total: 3 } },
      'disclosure control: people per cell are whole numbers, at least 1 for a count, at most the count and the total',
    ],
  ])('refuses %s', (_case, counts, options, message) => {
    expect(() => suppressTable(counts, options)).toThrow(new Error(message));
  });
});
