import { auditTable, type TableView } from './audit-table';
import type { Suppression } from './suppression';

const P: Suppression = 'primary';
const C: Suppression = 'complementary';
const S: Suppression = 'small_population';
const oneRow = (
  counts: number[],
  cells: (Suppression | null)[],
  total: Suppression | null = null,
): TableView => ({
  k: 5,
  counts: [counts],
  cells: [cells],
  rowTotals: [total],
  columnTotals: null,
  total,
});

describe('the audit finds every hidden count a reader could still work out', () => {
  it.each<[string, TableView, ReturnType<typeof auditTable>]>([
    [
      'a lone hidden cell beside a shown total',
      oneRow([20, 4, 9], [null, P, null]),
      [
        { kind: 'recomputable_cell', row: 0, column: 1 },
        { kind: 'small_remainder', line: { axis: 'row', index: 0 } },
      ],
    ],
    [
      'two hidden cells adding up to under k',
      oneRow([2, 1, 20], [P, P, null]),
      [{ kind: 'small_remainder', line: { axis: 'row', index: 0 } }],
    ],
    [
      'five hidden 1s are safe only because zeros may hide among them',
      oneRow([1, 1, 1, 1, 1, 10], [P, P, P, P, P, null]),
      [],
    ],
    ['a hidden 4 and 9 with their zero', oneRow([20, 4, 9, 0], [null, P, C, C]), []],
    ['a small table with everything hidden', oneRow([0, 3, 0], [S, S, S], S), []],
    [
      'a cell pinned by its column although its row has two hidden cells',
      {
        k: 5,
        counts: [
          [10, 2, 8],
          [7, 9, 6],
        ],
        cells: [
          [null, P, C],
          [null, null, null],
        ],
        rowTotals: [null, null],
        columnTotals: [null, null, null],
        total: null,
      },
      [
        { kind: 'recomputable_cell', row: 0, column: 1 },
        { kind: 'recomputable_cell', row: 0, column: 2 },
        { kind: 'small_remainder', line: { axis: 'column', index: 1 } },
      ],
    ],
    [
      'a small column total worked out from the grand total and the other column totals',
      {
        k: 5,
        counts: [
          [0, 12, 2, 0],
          [0, 4, 1, 0],
        ],
        cells: [
          [C, C, S, C],
          [C, P, S, C],
        ],
        rowTotals: [null, null],
        columnTotals: [null, null, S, null],
        total: null,
      },
      [{ kind: 'recomputable_total', line: { axis: 'column', index: 2 } }],
    ],
  ])('%s', (_case, view, problems) => {
    expect(auditTable(view)).toEqual(problems);
  });
});
